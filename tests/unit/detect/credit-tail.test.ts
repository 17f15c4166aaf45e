import { describe, expect, it } from 'vitest';
import type { Ctx, Line } from '@/lib/detect/context';
import { clusters } from '@/lib/detect/clusters';
import { parseAround } from '@/lib/detect/segment';

// A credit "Name, $P, …" whose price is followed by more than a shop: the maker (read as the shop, as a lone
// "Name, $P, Maker" is) and the sentence going on, or the sentence going on alone. The name before the price is
// still the product.
describe('credits read past their tail', () => {
  const ctx = { currency: 'USD', pageUrl: 'https://x.com/', host: 'x.com' } as Ctx;
  const read = (text: string) => {
    const line: Line = { i: 0, text, el: null as unknown as Element, links: [], bold: [], h: 0, cap: false };
    const c = clusters(ctx, line)[0];
    const p = c ? parseAround(line, c, 0, text.length, true) : null;
    return p && { name: p.name, amount: p.price.amount, retailer: p.retailer, maker: p.brandAfter ?? null };
  };

  it.each([
    [
      'Ullkofta i merino, 1 495 kr, Norrvik Atelier, finns i butik',
      { name: 'Ullkofta i merino', amount: 1495, retailer: 'Norrvik Atelier', maker: null },
    ],
    [
      'Cedar Ridge Wool Throw, $140, with a fringe you will want to touch',
      { name: 'Cedar Ridge Wool Throw', amount: 140, retailer: null, maker: null },
    ],
    [
      'Linen camp shirt, £45, Selfridges, with free delivery over £50',
      { name: 'Linen camp shirt', amount: 45, retailer: 'Selfridges', maker: null },
    ],
    [
      '2/ Rugzak in gerecycleerd nylon, € 89,95, online en in de winkels te koop.',
      { name: 'Rugzak in gerecycleerd nylon', amount: 89.95, retailer: null, maker: null },
    ],
  ])('reads %s', (text, want) => expect(read(text)).toEqual(want));

  it.each([
    // No separator before the price: prose, as before.
    'About 200,000 orders, averaging $45 each, are affected.',
    // A maker's name alone names no piece.
    '3/ Massimo Dutti, € 299,00, online en in de winkels te koop.',
    // After a semicolon the next credit starts: its words are no shop of this one.
    'Gold hoop earrings, Arms of Eve, $95; Shoes, borrowed',
  ])('reads no credit from %s', (text) => expect(read(text)).toBeNull());
});
