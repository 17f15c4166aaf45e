import { describe, expect, it } from 'vitest';
import { markedOld } from '@/lib/detect/old-piece';
import type { Candidate } from '@/lib/detect/context';
import { happyDoc, lineCtx } from './helpers';

const cand = (brand: string, name: string) =>
  ({
    brand,
    name,
    price: null,
    retailer: null,
    url: null,
    element: happyDoc('<p>x</p>').body,
    claims: [],
    score: 0,
    format: 'anchor-record',
  }) as Candidate;

describe('credits marked old or no longer sold', () => {
  const claimOf = (ctx: ReturnType<typeof lineCtx>, text: string) => {
    const l = ctx.lines.find((x) => x.text.includes(text))!;
    const s = l.text.indexOf(text);
    return { i: l.i, s, e: s + text.length };
  };
  const at = (ctx: ReturnType<typeof lineCtx>, brand: string, name: string, text: string) =>
    ({ ...cand(brand, name), claims: [claimOf(ctx, text)] }) as Candidate;

  it('hears "(old)", a closing "old" and "last season" after a credit, in several languages', () => {
    const ctx = lineCtx(
      '<p>Uniqlo shirt / Target dress (old) / LeGale tights</p><p>Blouse – H&M Trend old (similar here)</p>' +
        '<p>Väska: Monki (gammal), skor: Vagabond</p><p>Total look Zara (last season)</p>',
      'en',
    );
    expect(markedOld(ctx, at(ctx, 'Target', 'dress', 'Target dress'))).toBe(true);
    expect(markedOld(ctx, at(ctx, 'H&M', 'Blouse Trend old', 'Blouse – H&M Trend old'))).toBe(true);
    expect(markedOld(ctx, at(ctx, 'Monki', 'Väska', 'Väska: Monki'))).toBe(true);
    expect(markedOld(ctx, at(ctx, 'Zara', 'Total look', 'Total look Zara (last season)'))).toBe(true);
    // the pieces around them stay
    expect(markedOld(ctx, at(ctx, 'Uniqlo', 'shirt', 'Uniqlo shirt'))).toBe(false);
    expect(markedOld(ctx, at(ctx, 'Vagabond', 'skor', 'skor: Vagabond'))).toBe(false);
  });

  it('keeps a model whose capitalised name ends in such a word, and old words inside prose', () => {
    const ctx = lineCtx('<p>Tom Ford Oud Wood, $250</p><p>Madewell jeans, old favourites are back</p>', 'en');
    expect(markedOld(ctx, at(ctx, 'Tom Ford', 'Oud Wood', 'Tom Ford Oud Wood'))).toBe(false);
    expect(markedOld(ctx, at(ctx, 'Madewell', 'jeans', 'Madewell jeans'))).toBe(false);
  });
});
