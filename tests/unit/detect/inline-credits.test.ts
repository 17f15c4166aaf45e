import { describe, expect, it } from 'vitest';
import { gather } from '@/lib/detect/pipeline';
import type { Candidate } from '@/lib/detect/context';
import { happyDoc } from './helpers';

const page = (body: string) =>
  happyDoc(
    `<!DOCTYPE html><html lang="en"><head><title>t</title></head><body><article>${body}</article></body></html>`,
  );

function cands(body: string): Candidate[] {
  const it = gather(page(body), 'https://www.example-blog.com/2019/05/outfit/');
  for (;;) {
    const r = it.next();
    if (r.done) return Array.isArray(r.value) ? r.value : r.value.cands;
  }
}
// (A page needs a price or a buy link somewhere to be read at all: lib/detect/precheck.)
const LEAD = '<p>The sandals were $40 at <a href="https://www.zappos.com/p/x">Zappos</a>.</p>';
const credits = (body: string) =>
  cands(LEAD + body)
    .filter((c) => c.format === 'anchor-list')
    .map((c) => [c.brand, c.name, c.retailer]);

describe('inline outfit credits', () => {
  it('reads several "piece, Maker" credits in one line split at ";"', () => {
    const got = credits('<p class="credits">Blouse, Uniqlo; earrings, Mejuri; flats, Sam Edelman (via Poshmark)</p>');
    expect(got).toEqual(
      expect.arrayContaining([
        ['Uniqlo', 'Blouse', null],
        ['Mejuri', 'earrings', null],
        ['Sam Edelman', 'flats', 'Poshmark'],
      ]),
    );
  });

  it('splits a caption at " | " and reads two pieces from "top & shorts, Maker"', () => {
    const got = credits(
      '<figure><figcaption>coat, Toteme (<a href="https://shopstyle.it/l/q1">similar</a>) | ' +
        'top &amp; shorts, Reformation</figcaption></figure>',
    );
    expect(got).toEqual(
      expect.arrayContaining([
        ['Totême', 'coat', null],
        ['Reformation', 'top', null],
        ['Reformation', 'shorts', null],
      ]),
    );
  });

  it('skips a lead label, lower-case sources and clauses that are not credits', () => {
    const got = credits('<p>Wearing: Skirt &amp; belt: thrift store // Hat: Brixton // Boots: old favourites</p>');
    expect(got).toEqual([['Brixton', 'Hat', null]]);
    expect(credits('<p>Weather: sunny; mood, Great; coffee, strong</p>')).toEqual([]);
  });
});

describe('a caption closed by its price', () => {
  const read = (body: string) =>
    cands(body)
      .filter((c) => c.format === 'anchor-line' || c.format === 'caption')
      .map((c) => [c.brand, c.name, c.price?.amount ?? null]);

  it('reads the one sentence before a final price as the product', () => {
    const got = read(
      '<div class="photo"><p class="caption">Chloé Marcie saddle bag in tan calfskin. £1,290</p></div>' +
        '<p>I have wanted one for years.</p>',
    );
    expect(got).toContainEqual(['Chloé', 'Marcie saddle bag', 1290]);
  });

  it('leaves prose of several sentences, and a price with words after it, alone', () => {
    expect(read('<p>We walked for hours. It rained. The tote was £40.</p>')).toEqual([]);
    expect(read('<p class="caption">Marcie saddle bag in tan. £1,290 in the sale until Monday</p>')).toEqual([]);
  });
});

describe('a maker after the price sold "on" a shop', () => {
  it('reads "piece, £P, Maker on shop.com" as the maker and the shop', () => {
    const got = cands(
      '<figure><figcaption>Cardigan, £65, Wren Atelier on johnlewis.com; skirt, £40, arket.com</figcaption></figure>',
    ).filter((c) => c.format === 'caption' || c.format === 'anchor-line');
    expect(got.map((c) => [c.brand, c.name, c.price?.amount, c.retailer])).toContainEqual([
      'Wren Atelier',
      'Cardigan',
      65,
      'John Lewis',
    ]);
  });
});
