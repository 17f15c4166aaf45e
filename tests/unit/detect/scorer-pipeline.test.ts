import { describe, expect, it } from 'vitest';
import { ANCHORS } from '@/lib/detect/anchors';
import { FEATURE_NAMES } from '@/lib/detect/feature-names';
import { DETECT_MODEL } from '@/lib/detect/generated/detect-model';
import { lexicon, nounHits } from '@/lib/detect/lexicon';
import { pageCurrency } from '@/lib/detect/page-currency';
import { gather } from '@/lib/detect/pipeline';
import { stripLabels, tidyRoles } from '@/lib/detect/roles';
import type { Candidate } from '@/lib/detect/context';
import { fitLogistic } from '../../../scripts/lib/logistic';
import { brandMatch, matchPage, nameJaccard } from '../../../scripts/lib/match-rules';
import { happyDoc } from './helpers';

const page = (body: string, head = '', lang = 'en') =>
  happyDoc(
    `<!DOCTYPE html><html lang="${lang}"><head><title>t</title>${head}</head><body><article>${body}</article></body></html>`,
  );

function cands(body: string, url = 'https://www.example-mag.com/a'): Candidate[] {
  const it = gather(page(body), url);
  for (;;) {
    const r = it.next();
    if (r.done) return Array.isArray(r.value) ? r.value : r.value.cands;
  }
}

const cand = (brand: string | null, name: string): Candidate => ({
  brand,
  name,
  price: null,
  retailer: null,
  url: null,
  element: happyDoc('<p>x</p>').body,
  claims: [],
  score: 0,
  format: 'anchor-line',
});

describe('page currency by votes', () => {
  it('reads a bare "$" as CAD on a .com page that names Canadian places and links .ca shops', () => {
    const doc = page('<p>Made in Vancouver and Toronto, sold at <a href="https://www.simons.ca/x">Simons</a>.</p>');
    expect(pageCurrency(doc, 'https://vancouversun.com/life/a')).toBe('CAD');
  });
  it('reads a country segment of the path and og:locale', () => {
    expect(pageCurrency(page('<p>x</p>'), 'https://www.lifestyleasia.com/hk/style/a')).toBe('HKD');
    expect(pageCurrency(page('<p>x</p>', '<meta property="og:locale" content="en_AU">'), 'https://example.com/a')).toBe(
      'AUD',
    );
  });
  it('keeps USD without any hint, and the home currency of a country domain', () => {
    expect(pageCurrency(page('<p>x</p>'), 'https://www.example.com/a')).toBe('USD');
    expect(pageCurrency(page('<p>x</p>', '', 'de-DE'), 'https://www.example.com/a')).toBe('EUR');
  });
});

describe('roles', () => {
  it('strips counters and labels before a product', () => {
    expect(stripLabels('4 of 6 RUE ST. Lana Knee-High Boots')).toBe('RUE ST. Lana Knee-High Boots');
    expect(stripLabels('01. Dunk Low')).toBe('Dunk Low');
    expect(stripLabels('Winner: Mejuri Croissant Hoops')).toBe('Mejuri Croissant Hoops');
  });
  it('drops a label or counter read as the brand and splits the name again', () => {
    expect(tidyRoles(cand('Shoes:', 'Nike Air Max 97 SE'))).toMatchObject({ brand: 'Nike', name: 'Air Max 97 SE' });
    expect(tidyRoles(cand('Candidate #1', 'Sephora Lipstick Creme, #49'))).toMatchObject({
      brand: 'Sephora',
      name: 'Lipstick Creme, #49',
    });
    expect(tidyRoles(cand('Simons,', 'Birkin blazer'))!.brand).toBe('Simons');
  });
  it('keeps model numbers with a maker, and rejects a name that runs into a clause', () => {
    expect(tidyRoles(cand("Levi's", "501 '93"))).not.toBeNull();
    expect(tidyRoles(cand('Hay', 'PC Portable Lamp now lives on our table.'))).toBeNull();
  });
});

describe('anchor candidates', () => {
  it('has one generator per anchor kind', () => {
    expect(ANCHORS.map((a) => a.id)).toEqual([
      'anchor-line',
      'anchor-list',
      'anchor-list',
      'anchor-record',
      'anchor-link',
      'anchor-heading',
      'anchor-heading-prose',
      'anchor-cjk',
      'anchor-cjk',
      'anchor-cjk',
      'anchor-credit',
      'table',
      'anchor-credit',
      'anchor-maker',
      'anchor-list',
      'anchor-maker',
      'anchor-maker',
      'anchor-runon',
      'anchor-prose-brand',
      'anchor-cjk',
      'anchor-cjk',
      'anchor-cjk',
      'anchor-own-shop',
      'anchor-of-maker',
      'anchor-possessive',
      'anchor-block',
      'anchor-heading-piece',
      'anchor-maker-noun',
      'anchor-capital-maker',
      'anchor-noun-maker',
      'anchor-shop-links',
      'anchor-credit',
      'anchor-lead',
      'anchor-list-item',
      'anchor-maker-line',
      'anchor-group',
    ]);
  });
  it('reads outfit credits without prices: the noun label names the piece, the rest is the maker', () => {
    // (A page needs a price or a buy link somewhere to be read at all: lib/detect/precheck.)
    const got = cands(
      '<p>A $300 bag for $150.</p><div class="credits">Purse: Kate Spade via Nordstrom Rack<br>Watch: Fossil<br>Ring: a gift</div>',
    );
    expect(got.filter((c) => c.format === 'anchor-list').map((c) => [c.brand, c.name, c.retailer])).toEqual([
      ['Kate Spade', 'Purse', 'Nordstrom Rack'],
      ['Fossil', 'Watch', null],
    ]);
  });
  it('splits linked records in one line at " / "', () => {
    const got = cands(
      '<p>Shop the look for $100.</p><p class="c"><a href="https://shopstyle.it/l/a">Mango Minipau in sand</a> / <a href="https://shopstyle.it/l/b">Furla Metropolis in moonstone</a></p><p class="c">x y</p>',
    );
    // The whole line is proposed too: candidates over-generate and the scorer picks among overlapping readings.
    expect(got.filter((c) => c.format === 'anchor-list').map((c) => [c.brand, c.name])).toEqual(
      expect.arrayContaining([
        // A plain colour variant is no part of the name (roles: ../../../lib/detect/name-tail).
        ['Mango', 'Minipau'],
        ['Furla', 'Metropolis'],
      ]),
    );
  });
  it('names a price in a product box by its brand and name fields', () => {
    const got = cands(
      '<p>Intro text here.</p><figure class="product-embed"><span class="product-embed__brand">Levi\'s</span><span class="product-embed__name">501 \u201993</span><figcaption>SHOP $89.50, levi.com</figcaption></figure>',
    );
    expect(got.find((c) => c.format === 'anchor-record')).toMatchObject({
      brand: "Levi's",
      name: '501 \u201993',
      price: { amount: 89.5, currency: 'USD' },
    });
  });
  it('pairs a heading with the price that opens the next line', () => {
    const got = cands(
      '<h2>The Micro Lady Dior</h2><p><strong>HK$ 27,500</strong>; fits a lipstick.</p>',
      'https://www.lifestyleasia.com/hk/a',
    );
    expect(got.find((c) => c.format === 'anchor-heading')).toMatchObject({
      brand: 'Dior',
      price: { amount: 27500, currency: 'HKD' },
    });
  });
});

describe('lexicon', () => {
  it('decodes nouns, buy words and negative cues in several languages', () => {
    const lex = lexicon();
    expect(nounHits('Pinke Sandalen und eine Umhängetasche')).toBe(2);
    expect(nounHits('新作のスニーカー')).toBe(1);
    expect(lex.buy.test('Jetzt kaufen')).toBe(true);
    expect(lex.buy.test('Acquista')).toBe(true);
    expect(lex.negative.test('sold at auction last night')).toBe(true);
  });
});

describe('the trained scorer', () => {
  it('has one weight per feature', () => {
    expect(DETECT_MODEL.weights).toHaveLength(FEATURE_NAMES.length);
  });
  it('fits logistic regression deterministically', () => {
    const X = [
      [1, 0],
      [1, 0.2],
      [1, 0.8],
      [1, 1],
    ];
    const y = [0, 0, 1, 1];
    const a = fitLogistic(X, y, { l2: 0.1 });
    expect(a).toEqual(fitLogistic(X, y, { l2: 0.1 }));
    expect(a[1]!).toBeGreaterThan(0);
  });
});

describe('match rules (ported from the shared scorer)', () => {
  it('matches brands by containment on word boundaries and names by token Jaccard', () => {
    expect(brandMatch('Nike', 'Nike Sportswear')).toBe(true);
    expect(brandMatch('On', 'Onitsuka Tiger')).toBe(false);
    expect(brandMatch('M&S', 'Marks & Spencer')).toBe(false);
    const e = { brand: 'Mango', name: 'Minipau', price: null, retailer: null, url: null };
    expect(nameJaccard(e, { ...e, name: 'Minipau in sand' })).toBe(0.5);
    expect(matchPage([e], [{ ...e, name: 'Minipau in sand' }])).toEqual([[0, 0]]);
  });
});

describe('price ranges', () => {
  it('reads a range as no price: "$100-$300" after a name with no product noun bands a label, no product', () => {
    const got = cands(
      '<p>Both Allison Wonderland ($100-$300; allisonwonderland.ca) and Dace make clothes locally.</p>',
    );
    expect(got.every((c) => c.price === null)).toBe(true);
    expect(got.some((c) => /Allison Wonderland/.test(`${c.brand} ${c.name}`))).toBe(false);
  });
  it('keeps a piece named with a product noun before a range, without a price', () => {
    const got = cands(
      '<ul><li>Sephora Collection brushes, $18-$35, at sephora.com</li><li>Fenty Beauty lipstick, $22, at sephora.com</li></ul>',
    );
    const brushes = got.filter((c) => /brushes/i.test(c.name));
    expect(brushes.length).toBeGreaterThan(0);
    expect(brushes.every((c) => c.price === null)).toBe(true);
  });
});

describe('pre-check', () => {
  it('reads a page without prices when it carries affiliate links (credits, linked picks)', async () => {
    const { worthReading } = await import('@/lib/detect/precheck');
    expect(worthReading(page('<p><a href="https://shopstyle.it/l/cK8w1">Mango Minipau</a></p>'))).toBe(true);
    expect(worthReading(page('<p><a href="https://example.org/about">About us</a></p>'))).toBe(false);
  });
});
