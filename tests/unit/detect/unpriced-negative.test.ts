import { describe, expect, it } from 'vitest';
import { makerNoun } from '@/lib/detect/anchors/maker-noun';
import { capitalMaker } from '@/lib/detect/anchors/capital-maker';
import { unpricedNegative } from '@/lib/detect/unpriced-negative';
import { lineCtx } from './helpers';

describe('negative words in prose that names no price', () => {
  it('leaves out the everyday words of the page language and keeps the words of business pages', () => {
    lineCtx('<p>x</p>', 'en');
    expect(unpricedNegative().test('a Zara coat fell into my basket')).toBe(false);
    expect(unpricedNegative().test('a very fine herringbone')).toBe(false);
    expect(unpricedNegative().test('the company reported quarterly earnings')).toBe(true);
  });

  it('reads pieces on a line with "fell" or "fine" in it', () => {
    const ctx = lineCtx('<p>On the way out my Uniqlo scarf fell into a puddle.</p>', 'en');
    expect(makerNoun.detect(ctx).map((c) => [c.brand, c.name])).toEqual([['Uniqlo', 'scarf']]);
    const fine = lineCtx('<p>I wore my Bramble Wool cardigan over a fine cotton shirt.</p>', 'en');
    expect(capitalMaker.detect(fine).map((c) => c.brand)).toEqual(['Bramble', 'Bramble Wool']);
  });
});
