import { describe, expect, it } from 'vitest';
import { findPrices } from '@/lib/price';
import { dropCtaLead, dropPossessive } from '@/lib/detect/role-fixes';
import { namePrice } from '@/lib/detect/name-price';
import { pastCues } from '@/lib/detect/past-cues';
import { tidyRoles } from '@/lib/detect/roles';
import type { Candidate } from '@/lib/detect/context';
import { happyDoc, lineCtx } from './helpers';

const cand = (brand: string | null, name: string, price: Candidate['price'], claims: Candidate['claims'] = []) =>
  ({
    brand,
    name,
    price,
    retailer: null,
    url: null,
    element: happyDoc('<p>x</p>').body,
    claims,
    score: 0,
    format: 'anchor-record',
  }) as Candidate;

describe('precision on unseen pages: wrong readings of roles and prices', () => {
  it('reads a maker without the possessive of "Maker\'s piece", unless the gazetteer knows the name so', () => {
    const prose = "Okoro Vale's ribbed mohair cardigan is back.";
    expect(dropPossessive("Okoro Vale's", prose)).toBe('Okoro Vale');
    expect(dropPossessive('Okoro Vale’s', 'the Okoro Vale’s cardigan')).toBe('Okoro Vale');
    expect(dropPossessive("Levi's", "Levi's jeans")).toBe("Levi's");
    expect(dropPossessive('Okoro Vale', prose)).toBe('Okoro Vale');
    // A credit that names the maker with its "'s" and no piece after it keeps the name as written.
    expect(dropPossessive("Okoro Vale's", "{top, Mirren / bracelet, Okoro Vale's / bag, Lisbon}")).toBe("Okoro Vale's");
  });

  it('takes the piece out of a buy prompt read as the name', () => {
    expect(dropCtaLead('Shop the linen trousers at The')).toBe('linen trousers');
    expect(dropCtaLead('Get this canvas tote from')).toBe('canvas tote');
    expect(dropCtaLead('Shopper Tote')).toBe('Shopper Tote');
    expect(tidyRoles(cand('Fenwood', 'Buy the wool beanie at', { amount: 22, currency: 'NZD' }))?.name).toBe(
      'wool beanie',
    );
  });

  it('leaves out unit prices: per ounce, per kilo, per litre, per square metre', () => {
    expect(findPrices('A 9-ounce jar for $40, which works out at $4.44 an ounce.').map((p) => p.amount)).toEqual([40]);
    for (const t of ['Beans 3,49 €/kg', 'Oil, 14 € le litre', '£3 per 100g', '$8 a pound', 'Tiles £39 per m2'])
      expect(findPrices(t)).toEqual([]);
    // Sizes after a price, and a bare letter after an article, are no unit price.
    expect(findPrices('Serum, $32 for 30ml').map((p) => p.amount)).toEqual([32]);
    expect(findPrices("Bougie, 48 € a l'unité").map((p) => p.amount)).toEqual([48]);
  });

  it("gives an unpriced reading the price in the bracket that closes its name, in the page's currency", () => {
    const ctx = lineCtx('<p>I keep buying the Fenwood Merino Crew ($60), in four colours.</p>', 'en', 'CAD');
    const line = ctx.lines.find((l) => l.text.includes('Merino'))!;
    const c = namePrice(ctx, cand('Fenwood', 'Merino Crew ($60)', null, [{ i: line.i, s: 0, e: 1e9 }]));
    expect(c.name).toBe('Merino Crew');
    expect(c.price).toEqual(expect.objectContaining({ amount: 60, currency: 'CAD' }));
    // A bracket without a price of the line stays in the name.
    const size = namePrice(ctx, cand('Fenwood', 'Merino Crew (size 6)', null, [{ i: line.i, s: 0, e: 1e9 }]));
    expect(size.name).toBe('Merino Crew (size 6)');
    expect(size.price).toBeNull();
  });
});

describe('past possession: pieces bought years ago, parted with or warned against', () => {
  const cue = (body: string, lang: string, piece: string) => {
    const ctx = lineCtx(body, lang);
    const line = ctx.lines.find((l) => l.text.includes(piece))!;
    const s = line.text.indexOf(piece);
    return pastCues(ctx, cand('Fenwood', piece, null, [{ i: line.i, s, e: s + piece.length }]));
  };

  it('marks a year of purchase in the sentence, or right after a credit', () => {
    expect(
      cue('<p>Still wearing my suede bomber from Fenwood, bought in the spring of 2011.</p>', 'en', 'suede bomber'),
    ).toEqual([1, 0]);
    expect(cue('<p>jakku - Fenwood (2019)</p>', 'fi', 'jakku')).toEqual([1, 0]);
  });

  it('marks parting with a piece and warning against it, in several languages', () => {
    expect(cue('<p>I finally gave away the corduroy blazer from Fenwood.</p>', 'en', 'corduroy blazer')[1]).toBe(1);
    expect(cue('<p>Die Strickjacke von Fenwood habe ich aussortiert.</p>', 'de', 'Strickjacke')[1]).toBe(1);
    expect(cue('<p>Två plagg fick lämna garderoben: en kofta från Fenwood.</p>', 'sv', 'kofta')[1]).toBe(1);
  });

  it('leaves a plain recommendation unmarked', () => {
    expect(cue('<p>This season I love the canvas tote from Fenwood.</p>', 'en', 'canvas tote')).toEqual([0, 0]);
  });
});
