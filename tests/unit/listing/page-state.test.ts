import { describe, expect, it } from 'vitest';
import { alignToTitle } from '@/lib/listing/page-state';
import { readSource } from './read-source';

const state = (json: string) => `<script>window.__data = ${json};</script>`;

describe('page-state extractor', () => {
  it('reads the brand that sits next to the product name', () => {
    const r = readSource(
      'page-state',
      '<h1>Tapo C200 Camera</h1>' + state('{"p":{"name":"Tapo C200 Camera","brand":{"name":"TP Link"}}}'),
    );
    expect(r.brand).toBe('TP Link');
  });

  it('spells the brand as the title does', () => {
    const r = readSource(
      'page-state',
      '<h1>TP-Link Tapo C200 Camera</h1>' + state('{"p":{"productName":"TP-Link Tapo C200 Camera","brand":"TP Link"}}'),
    );
    expect(r.brand).toBe('TP-Link');
  });

  it('ignores brands of other products and brands far from the name', () => {
    const far = '"pad":"' + 'x'.repeat(3000) + '"';
    expect(
      readSource(
        'page-state',
        '<h1>Tapo C200 Camera</h1>' + state(`{"p":{"name":"Tapo C200 Camera",${far},"brand":"Far Away"}}`),
      ).brand ?? null,
    ).toBeNull();
    expect(
      readSource('page-state', '<h1>Tapo C200 Camera</h1>' + state('{"recs":[{"name":"Other Thing","brand":"Other"}]}'))
        .brand ?? null,
    ).toBeNull();
  });

  it('ignores two-letter internal codes', () => {
    expect(
      readSource('page-state', '<h1>Tapo C200 Camera</h1>' + state('{"name":"Tapo C200 Camera","brand":"tp"}')).brand ??
        null,
    ).toBeNull();
  });
});

describe('alignToTitle', () => {
  it.each([
    ['TP Link', 'TP-Link Tapo C200', 'TP-Link'],
    ['jack & jones', 'JACK & JONES Zipped Cardigan', 'JACK & JONES'],
    ['Acme', 'Road Bike by ACME®', 'ACME'],
    ['Nobody', 'Road Bike', 'Nobody'],
  ])('%s in "%s" → %s', (brand, title, want) => {
    expect(alignToTitle(brand, title)).toBe(want);
  });
});
