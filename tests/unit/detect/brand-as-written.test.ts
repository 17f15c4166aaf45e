import { describe, expect, it } from 'vitest';
import { splitBrand } from '@/lib/detect/brand';

describe("a known maker leading a name keeps the page's spelling", () => {
  it('writes another name of the label as the page does', () => {
    expect(splitBrand('M&S Wool Blend Duffle Coat')).toEqual({ brand: 'M&S', name: 'Wool Blend Duffle Coat' });
  });

  it('keeps the gazetteer spelling when only case or spacing differ', () => {
    expect(splitBrand('nike Pegasus 41 Running Shoe').brand).toBe('Nike');
    expect(splitBrand('Marks & Spencer Ribbed Jumper').brand).toBe('Marks & Spencer');
  });
});

describe('a maker read from a priced sentence', () => {
  it("keeps the page's spelling of the label", async () => {
    const { detectMentions } = await import('@/lib/detect');
    const { happyDoc } = await import('./helpers');
    const doc = happyDoc(
      '<!DOCTYPE html><html lang="en"><head><title>Four raincoats</title></head><body><article>' +
        '<h1>Four raincoats for a wet spring</h1><p>My picks for the season, from cheap to dear.</p>' +
        '<p>M&amp;S Hooded Cotton Parka £79.00</p><p>Uniqlo Blocktech Parka £59.90</p>' +
        '<p>Barbour Beadnell Wax Jacket £229.00</p><p>Rains Long Jacket £95.00</p></article></body></html>',
    );
    const found = detectMentions(doc, 'https://example.org/raincoats');
    expect(found.find((m) => m.price?.amount === 79)?.brand).toBe('M&S');
  });
});
