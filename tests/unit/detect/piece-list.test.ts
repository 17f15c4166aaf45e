import { describe, expect, it } from 'vitest';
import type { Candidate } from '@/lib/detect/context';
import { pieceList } from '@/lib/detect/piece-list';
import { runCredits } from '@/lib/detect/anchors/run-credits';
import { creditParts } from '@/lib/detect/anchors/credit-parts';
import { inlineCredits } from '@/lib/detect/anchors/inline-credits';
import { lineCtx } from './helpers';

const cand = (brand: string, name: string, s = 0, e = 1e9): Candidate => ({
  brand,
  name,
  price: null,
  retailer: null,
  url: null,
  element: null as unknown as Element,
  claims: [{ i: 0, s, e }],
  score: 1,
  format: 'anchor-list',
});

const split = (body: string, lang: string, c: Candidate) =>
  pieceList(lineCtx(body, lang), c).map((x) => [x.brand, x.name, x.claims[0]!.s]);

describe('several pieces credited to one maker', () => {
  it('splits a name that lists pieces, each claiming its own words', () => {
    const got = split('<p>Cardigan &amp; skirt &amp; belt: Monki</p>', 'en', cand('Monki', 'Cardigan & skirt & belt'));
    expect(got).toEqual([
      ['Monki', 'Cardigan', 0],
      ['Monki', 'skirt', 11],
      ['Monki', 'belt', 19],
    ]);
  });

  it('reads "en" as "in" on French pages and as "and" on Dutch ones', () => {
    const fr = split(
      '<p>une chemise en jean clair The Kooples</p>',
      'fr',
      cand('The Kooples', 'chemise en jean clair'),
    );
    expect(fr.map((g) => g[1])).toEqual(['chemise en jean clair']);
    const nl = split('<p>broek en jas: Uniqlo</p>', 'nl', cand('Uniqlo', 'broek en jas'));
    expect(nl.map((g) => g[1])).toEqual(['broek', 'jas']);
  });

  it('splits pieces offered as alternatives ("Hoodie and/or Joggers")', () => {
    const got = split(
      '<p>Arket Hoodie and/or Joggers. Soft and warm.</p>',
      'en',
      cand('Arket', 'Hoodie and/or Joggers', 6, 27),
    );
    expect(got.map((g) => g[1])).toEqual(['Hoodie', 'Joggers']);
  });

  it('adds the bare pieces listed before when the maker follows the last one', () => {
    const body = '<p>Chemise, jupe (un peu trop longue), collants et escarpins, Mango (automne 2021)</p>';
    const got = split(body, 'fr', cand('Mango', 'jupe, collants et escarpins'));
    expect(got.map((g) => g[1])).toEqual(['Chemise', 'jupe', 'collants', 'escarpins']);
    const dash = split('<p>jeans, hoodie, parka - Uniqlo, scarf - Arket</p>', 'en', cand('Uniqlo', 'parka', 15, 28));
    expect(dash.map((g) => g[1])).toEqual(['jeans', 'hoodie', 'parka']);
  });

  it('keeps a single piece, a priced product and a list whose parts are not all pieces', () => {
    expect(split('<p>parka - Uniqlo</p>', 'en', cand('Uniqlo', 'parka'))).toHaveLength(1);
    expect(split('<p>rain, wind and a parka - Uniqlo</p>', 'en', cand('Uniqlo', 'parka', 18, 33))).toHaveLength(1);
    const priced = { ...cand('Monki', 'Cardigan & skirt'), price: { amount: 40, currency: 'EUR' } } as Candidate;
    expect(pieceList(lineCtx('<p>Cardigan &amp; skirt: Monki, 40 €</p>', 'en'), priced)).toHaveLength(1);
  });

  it('gives two pieces of one run-on credit their own places', () => {
    const ctx = lineCtx('<p>Hat: Monki// Gloves and Scarf: Weekday// Boots: Vagabond</p>', 'en');
    const got = runCredits.detect(ctx).filter((c) => c.brand === 'Weekday');
    expect(got.map((c) => c.name)).toEqual(['Gloves', 'Scarf']);
    expect(got[0]!.claims[0]!.s).not.toBe(got[1]!.claims[0]!.s);
  });
});

describe('credits one to a line', () => {
  const read = (body: string) => creditParts.detect(lineCtx(body, 'en')).map((c) => [c.brand, c.name]);

  it('reads a block of "piece - Maker" lines, gifted makers and asides included', () => {
    const body =
      '<p>Wrap skirt (a size up) - c/o Lorem Atelier<br>Woven tote - Ipsum Goods<br>Ankle boots - Topman</p>';
    expect(read(body)).toEqual([
      ['Lorem Atelier', 'Wrap skirt'],
      ['Ipsum Goods', 'Woven tote'],
      ['Topman', 'Ankle boots'],
    ]);
  });

  it('leaves a lone "piece - Name" line in prose alone', () => {
    expect(read('<p>Ankle boots - Ipsum Goods</p><p>We walked to the harbour after lunch.</p>')).toEqual([]);
  });
});

describe('inline credits naming two pieces', () => {
  it('gives each piece of "vest & cap, Maker" its own words', () => {
    const ctx = lineCtx('<p>vest &amp; cap, Lorem Atelier | socks, Ipsum Goods</p>', 'en');
    const got = inlineCredits.detect(ctx).filter((c) => c.brand === 'Lorem Atelier');
    expect(got.map((c) => [c.name, c.claims[0]!.s, c.claims[0]!.e])).toEqual([
      ['vest', 0, 4],
      ['cap', 7, 10],
    ]);
  });
});
