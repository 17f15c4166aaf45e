import { describe, expect, it } from 'vitest';
import { possessivePiece } from '@/lib/detect/anchors/possessive-piece';
import { lineCtx } from './helpers';

const read = (body: string) => possessivePiece.detect(lineCtx(body, 'en')).map((c) => [c.brand, c.name]);

describe('picks named by a possessive without a price', () => {
  it('reads a known maker with a model alone, and an unknown maker with a model and a noun', () => {
    expect(read('<p>For country weekends, Barbour’s Bedale is the jacket I would save for.</p>')).toEqual([
      ['Barbour', 'Bedale'],
    ]);
    expect(read('<p>I keep reaching for Marta Lindqvist’s Harbour Wrap Dress, even in winter.</p>')).toEqual([
      ['Marta Lindqvist', 'Harbour Wrap Dress'],
    ]);
  });

  it('leaves makers whose name ends in ’s, people in general, titles and priced lines alone', () => {
    expect(read('<p>She wore Levi’s Ribcage jeans.</p>')).toEqual([]);
    expect(read('<p>The store’s Women’s Denim Jacket is back.</p>')).toEqual([]);
    expect(read('<p>Bonhams’s “Handbags” sale was a hit.</p>')).toEqual([]);
    expect(read('<p>Arket’s Wool Coat costs £150 this winter.</p>')).toEqual([]);
    expect(read('<p>Nike’s chief executive spoke on Monday.</p>')).toEqual([]);
  });
});
