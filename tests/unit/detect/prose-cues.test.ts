import { describe, expect, it } from 'vitest';
import { proseCues } from '@/lib/detect/prose-cues';
import type { Candidate } from '@/lib/detect/context';
import { lineCtx } from './helpers';

/** The cues of a candidate claiming `piece` in the one-paragraph page `body`. */
function cues(body: string, piece: string, priced = false): number[] {
  const ctx = lineCtx(body, 'en');
  const line = ctx.lines.find((l) => l.text.includes(piece))!;
  const s = line.text.indexOf(piece);
  const c: Candidate = {
    brand: null,
    name: piece,
    price: priced ? { amount: 10, currency: 'USD' } : null,
    retailer: null,
    url: null,
    element: line.el,
    claims: [{ i: line.i, s, e: s + piece.length }],
    score: 2,
    format: 'anchor-of-maker',
  };
  return proseCues(ctx, c);
}

describe('sentence cues of a candidate without a price (after its piece-of-maker flag)', () => {
  it('reads the first person and a word of liking in the candidate’s own sentence only', () => {
    expect(cues('<p>It rained all week. I adore my new rubber boots from Hunter.</p>', 'rubber boots')).toEqual([
      1, 1, 1, 0, 0,
    ]);
    expect(cues('<p>I stayed home. The store stocks rubber boots from Hunter.</p>', 'rubber boots')).toEqual([
      1, 0, 0, 0, 0,
    ]);
  });

  it('reads a report or a sighting, and gives zeros to a priced candidate', () => {
    expect(cues('<p>The singer was seen in a trench coat from Burberry.</p>', 'trench coat')).toEqual([1, 0, 0, 1, 0]);
    expect(cues('<p>I love this trench coat from Burberry.</p>', 'trench coat', true)).toEqual([1, 0, 0, 0, 0]);
  });
});
