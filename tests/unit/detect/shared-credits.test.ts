import { describe, expect, it } from 'vitest';
import { gather } from '@/lib/detect/pipeline';
import type { Candidate } from '@/lib/detect/context';
import { isPointer } from '@/lib/detect/labels';
import { ownDomainMaker } from '@/lib/detect/own-domain';
import { happyDoc } from './helpers';

const page = (body: string) =>
  happyDoc(
    `<!DOCTYPE html><html lang="en-GB"><head><title>t</title></head><body><article>${body}</article></body></html>`,
  );

function cands(body: string): Candidate[] {
  const it = gather(page(body), 'https://www.example-weekend.co.uk/style/what-to-wear/');
  for (;;) {
    const r = it.next();
    if (r.done) return Array.isArray(r.value) ? r.value : r.value.cands;
  }
}

/** The caption reader's candidates as [brand, name, price, retailer]. */
const credits = (caption: string) =>
  cands(`<p>Our edit of the week.</p><figure><figcaption>${caption}</figcaption></figure>`)
    .filter((c) => c.format === 'caption' && !c.alt)
    .map((c) => [c.brand, c.name, c.price?.amount ?? null, c.retailer]);

describe('credits sharing a maker or a shop in one sentence', () => {
  it('gives a piece joined by "and" the shop named after the next price', () => {
    expect(credits('Cardigan, £39, and scarf, £25, uniqlo.com; boots, £89, clarks.co.uk')).toEqual(
      expect.arrayContaining([
        ['Uniqlo', 'Cardigan', 39, 'Uniqlo'],
        ['Uniqlo', 'scarf', 25, 'Uniqlo'],
      ]),
    );
  });

  it('reads "all by Maker at Shop" after the last price for every piece before it', () => {
    const got = credits('Knit vest £30, beret £12, wool gloves £9, all by Monki at Asos');
    expect(got).toEqual([
      ['Monki', 'Knit vest', 30, 'Asos'],
      ['Monki', 'beret', 12, 'Asos'],
      ['Monki', 'wool gloves', 9, 'Asos'],
    ]);
  });

  it('carries a maker that opens the sentence to bare lower-case pieces after it', () => {
    const got = credits('Ana wears GANNI blouse, £195, and skirt, £245. MEJURI ring (left), £78, ring (right), £98.');
    expect(got).toEqual([
      ['Ganni', 'blouse', 195, null],
      ['Ganni', 'skirt', 245, null],
      ['Mejuri', 'ring', 78, null],
      ['Mejuri', 'ring', 98, null],
    ]);
  });

  it('keeps credits closed by ";" apart: each names its own shop', () => {
    const all = cands(
      '<p>Our edit of the week.</p><figure><figcaption>Coat, £120, Whistles; scarf, £30, Jigsaw.</figcaption></figure>',
    );
    const scarf = all.filter((c) => c.name === 'scarf');
    expect(scarf.length).toBeGreaterThan(0);
    expect(scarf.every((c) => c.brand !== 'Whistles' && c.retailer === 'Jigsaw')).toBe(true);
    expect(all.some((c) => c.shared)).toBe(false);
  });
});

describe('link text that only points at its link', () => {
  it('is never read as the name or the maker', () => {
    const got = cands(
      '<ul><li>Wrap Skirt: Boden $58.00 (<a href="https://www.boden.com/p/wrap-skirt">link here</a>)</li>' +
        '<li>Silk Scarf: Liberty $45.00 (<a href="https://www.libertylondon.com/p/scarf">click here</a>)</li></ul>',
    );
    expect(got.length).toBeGreaterThan(0);
    expect(got.some((c) => isPointer(c.name) || isPointer(c.brand ?? ''))).toBe(false);
    expect(['link here', 'Click here.', 'similar', '(similar here)', 'hier', 'ici'].every(isPointer)).toBe(true);
    expect(['Here Comes the Sun tee', 'Similar Shirt', 'This Is Us mug'].some(isPointer)).toBe(false);
  });
});

describe("a maker's own shop after the price", () => {
  it('names the maker even when another label sits in the name', () => {
    expect(ownDomainMaker("and Totême's belted Oxford coat", 'Oxford coat'.length, 'toteme-studio.com')).toEqual(null);
    expect(ownDomainMaker("and Rouje's quilted Gabin jacket", 'Gabin jacket'.length, 'rouje.com')).toEqual([
      'Rouje',
      'quilted Gabin jacket',
    ]);
    expect(
      ownDomainMaker('Peony Hoops by Laura Lombardi', 'Peony Hoops by Laura Lombardi'.length, 'Laura Lombardi'),
    ).toEqual(['Laura Lombardi', 'Peony Hoops']);
    expect(ownDomainMaker('the Gabin jacket', 'Gabin jacket'.length, 'Rouje')).toBeNull();
  });

  it('is read from a prose credit with the shop in the parentheses', () => {
    const got = cands(
      "<p>For autumn she swears by Rouje's quilted Gabin jacket (£265, rouje.com), which layers well.</p>",
    ).filter((c) => c.price?.amount === 265);
    expect(got.some((c) => c.brand === 'Rouje' && c.name === 'quilted Gabin jacket')).toBe(true);
  });
});

describe('a lower-case aside in brackets after a price', () => {
  it('is never read as the maker', () => {
    const got = cands('<p class="cap">Sebago penny loafers £145 (approx)</p><p>Canvas tote £30 (each)</p>');
    expect(got.length).toBeGreaterThan(0);
    expect(got.some((c) => c.brand === 'approx' || c.brand === 'each')).toBe(false);
  });
});
