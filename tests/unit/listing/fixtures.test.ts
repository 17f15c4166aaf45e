import { describe, expect, it } from 'vitest';
import { extractListing, readSources } from '@/lib/listing';
import { parseProductHtml } from '@/lib/listing/parse-html';
import { loadRetailFixtures } from './fixtures';

const fixtures = loadRetailFixtures();

describe('extractListing on hand-written retail pages', () => {
  it('has fixtures to run', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(10);
  });

  for (const f of fixtures) {
    it(`${f.name}: merged listing`, () => {
      expect(extractListing(f.html, f.url)).toEqual(f.expected);
    });

    for (const [source, want] of Object.entries(f.sources)) {
      it(`${f.name}: ${source} reads its part`, () => {
        const got = readSources(parseProductHtml(f.html), f.url)[source as keyof typeof f.sources];
        expect(got).toMatchObject(want);
      });
    }
  }
});
