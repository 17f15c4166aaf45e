import { describe, expect, it } from 'vitest';
import { capitalMaker } from '@/lib/detect/anchors/capital-maker';
import { capitalMakerFeatures } from '@/lib/detect/capital-maker-features';
import { lineCtx } from './helpers';

const read = (body: string, lang = 'en') => capitalMaker.detect(lineCtx(body, lang)).map((c) => [c.brand, c.name]);

describe('a maker the gazetteer lacks, between an opener and a product noun', () => {
  it('reads each split of the run of capitals as a candidate', () => {
    expect(read('<p>On the ferry I wore a warm Bramble Wool cardigan.</p>')).toEqual([
      ['Bramble', 'Wool cardigan'],
      ['Bramble Wool', 'cardigan'],
    ]);
    expect(read('<p>Nothing in my wardrobe beats my Hester Vane Lola skirt on a hot summer day.</p>')).toEqual([
      ['Hester', 'Vane Lola skirt'],
      ['Hester Vane', 'Lola skirt'],
      ['Hester Vane Lola', 'skirt'],
    ]);
  });

  it('ends the piece on its noun and the nouns right after it', () => {
    expect(read('<p>I packed the Quill Row tote bag with a book in it.</p>')).toEqual([
      ['Quill', 'Row tote bag'],
      ['Quill Row', 'tote bag'],
    ]);
  });

  it('leaves known makers, possessives, "I", titles, single letters and pages in other languages alone', () => {
    expect(read('<p>I finally bought a Zara blazer.</p>')).toEqual([]);
    expect(read('<p>I adore the Ada Bell’s Ravel coat.</p>')).toEqual([]);
    expect(read('<p>This week I bought boots.</p>')).toEqual([]);
    expect(read('<p>How I Wore the Same Coat for Thirty Days</p>')).toEqual([]);
    expect(read('<p>A vitamin C serum helps.</p>')).toEqual([]);
    expect(read('<p>Ich liebe das Emily Kleid.</p>', 'de')).toEqual([]);
  });

  it('reads the head of a numbered item up to its full stop or colon, without a known maker inside', () => {
    expect(read('<p>3 – Larkspur Mills blanket. Warm enough for the whole winter.</p>')).toEqual([
      ['Larkspur', 'Mills blanket'],
      ['Larkspur Mills', 'blanket'],
    ]);
    expect(
      read('<p>+Fenn Works Travel Charger: it never leaves my bag when I travel for work.</p>').map(([b]) => b),
    ).toEqual(['Fenn', 'Fenn Works', 'Fenn Works Travel']);
    expect(read('<p>3 – Larkspur Mills blanket made by hand in a small village.</p>')).toEqual([]);
    expect(read('<p>1. Suede Topshop Bag: on repeat.</p>')).toEqual([]);
  });

  it('needs a product noun and an opener before the capitals', () => {
    expect(read('<p>We met the Harbour Lane team at noon.</p>')).toEqual([]);
    expect(read('<p>Bramble Wool cardigan, on repeat.</p>')).toEqual([]);
  });
});

describe('features of a maker read from capitals', () => {
  it('marks a maker named again, a maker after the piece and a known maker in the line', () => {
    const ctx = lineCtx('<p>I wore the Ferne Holt coat from Zara today.</p><p>Ferne Holt is a small label.</p>', 'en');
    const cs = capitalMaker.detect(ctx);
    const whole = cs.find((c) => c.brand === 'Ferne Holt')!;
    expect(capitalMakerFeatures(ctx, whole)).toEqual([1, 0, 1, 1, 1, 1]);
    const one = cs.find((c) => c.brand === 'Ferne')!;
    expect(capitalMakerFeatures(ctx, one).slice(0, 3)).toEqual([1, 1, 0]);
    expect(capitalMakerFeatures(ctx, { ...whole, format: 'anchor-prose-brand' })).toEqual([0, 0, 0, 0, 0, 0]);
  });
});
