import { describe, expect, it } from 'vitest';
import { pieceOfMaker } from '@/lib/detect/anchors/piece-of-maker';
import { nounHits, setPageLanguage } from '@/lib/detect/lexicon';
import { lineCtx } from './helpers';

// Gift guides and shop-visit lists name home and gift goods ("glass bowls", "advent calendar", "tea towels") as often
// as clothes: their nouns end a piece's phrase the way "coat" does.
describe('gift and home goods as product nouns', () => {
  it('knows the plural and gift words', () => {
    setPageLanguage('en');
    for (const w of ['bowls', 'vases', 'baskets', 'cushions', 'calendar', 'stockings', 'tumbler', 'sundress'])
      expect(nounHits(w), w).toBeGreaterThan(0);
  });

  it('reads short list items naming a piece and its maker after "from"', () => {
    const ctx = lineCtx(
      '<p>What I would carry home:</p><ul><li>Smoked glass bowls from Holmegaard</li>' +
        '<li>Woven leather baskets from Ørskov</li></ul>',
      'en',
    );
    expect(pieceOfMaker.detect(ctx).map((c) => [c.brand, c.name])).toEqual([
      ['Holmegaard', 'Smoked glass bowls'],
      ['Ørskov', 'Woven leather baskets'],
    ]);
  });
});
