import { describe, expect, it } from 'vitest';
import { LISTING_EXTRACTORS } from '@/lib/listing';
import { loadRetailFixtures } from './fixtures';

describe('listing extractor registry', () => {
  const fixtures = loadRetailFixtures();

  it('registers each extractor once, with the common shape', () => {
    const names = LISTING_EXTRACTORS.map((x) => x.name);
    expect(new Set(names).size).toBe(names.length);
    for (const x of LISTING_EXTRACTORS) {
      expect(typeof x.name).toBe('string');
      expect(typeof x.extract).toBe('function');
    }
    expect(names).toEqual(
      expect.arrayContaining(['jsonld', 'microdata', 'opengraph', 'datalayer', 'page-state', 'visible-page']),
    );
  });

  for (const x of LISTING_EXTRACTORS) {
    it(`${x.name} has a fixture page that checks what it reads`, () => {
      const covering = fixtures.filter((f) => x.name in f.sources);
      expect(covering.map((f) => f.name)).not.toEqual([]);
    });
  }

  it('every fixture names only registered extractors', () => {
    const names = new Set<string>(LISTING_EXTRACTORS.map((x) => x.name));
    for (const f of fixtures)
      for (const s of Object.keys(f.sources)) expect(names.has(s), `${f.name}: ${s}`).toBe(true);
  });
});
