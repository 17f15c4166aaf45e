import { describe, expect, it } from 'vitest';
import { lookupRetailer } from '@/lib/gazetteer';
import { installBundledGazetteer } from '@/lib/gazetteer/bundled';
import { buildRetailerIndex } from '@/lib/gazetteer/retailer-data';
import { parseRetailerSource } from '@/lib/gazetteer/build/parse-sources';
import { encodeRetailers } from '@/lib/gazetteer/build/encode-retailers';

describe('own-label chains', () => {
  it('carries the own-label mark from the source line to the decoded shop', () => {
    const src = 'Fjord Basics @ fjordbasics.example ; own-label\nMany Makers @ manymakers.example\n';
    const index = buildRetailerIndex(encodeRetailers(parseRetailerSource(src, 'test.txt')));
    const own = index.byKey.get('fjord basics');
    expect(own?.ownLabel).toBe(true);
    expect(own?.domains).toEqual(['fjordbasics.example']);
    expect(index.byKey.get('many makers')?.ownLabel).toBeUndefined();
  });
  it('marks chains of their own goods, never multi-brand shops', () => {
    installBundledGazetteer();
    for (const chain of ['H&M', 'Zara', 'C&A', 'Monoprix', 'Uniqlo'])
      expect(lookupRetailer(chain)?.ownLabel).toBe(true);
    for (const shop of ['Zalando', 'ASOS', 'Nordstrom', "Hudson's Bay"])
      expect(lookupRetailer(shop)?.ownLabel).toBeUndefined();
  });
});
