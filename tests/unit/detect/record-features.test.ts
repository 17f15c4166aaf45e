import { describe, expect, it } from 'vitest';
import { recordGroupsFormat, uncoveredRecords } from '@/lib/detect/anchors/record-groups';
import type { Candidate, Ctx } from '@/lib/detect/context';
import { features } from '@/lib/detect/features';
import { FEATURE_NAMES } from '@/lib/detect/feature-names';
import { lexicon } from '@/lib/detect/lexicon';
import { pageStats } from '@/lib/detect/page-stats';
import { gather } from '@/lib/detect/pipeline';
import { recordFacts } from '@/lib/detect/record-info';
import { happyDoc } from './helpers';

const URL = 'https://www.example-mag.com/gifts/under-100/';
const page = (lang: string, body: string) =>
  happyDoc(
    `<!DOCTYPE html><html lang="${lang}"><head><title>t</title></head><body><article>${body}</article></body></html>`,
  );

function ctxOf(lang: string, body: string): Ctx {
  const it = gather(page(lang, body), URL);
  for (;;) {
    const r = it.next();
    if (r.done) {
      if (Array.isArray(r.value)) throw new Error('no candidates gathered');
      return r.value.ctx;
    }
  }
}

/** The named record features of a candidate, read from the whole vector as the scorer sees it. */
function named(ctx: Ctx, c: Candidate): Record<string, number> {
  const x = features(ctx, c, pageStats(ctx, [c]));
  expect(x).toHaveLength(FEATURE_NAMES.length);
  return Object.fromEntries(FEATURE_NAMES.map((n, k) => [n, x[k]!]));
}

// A gift guide's grid of four product cards: maker, name, price, a button to the shop. Classes name nothing.
const gift = (maker: string, name: string, price: string, host: string) =>
  `<div class="k4"><p class="k4m">${maker}</p><h3 class="k4n">${name}</h3><p class="k4p">${price}</p>` +
  `<a class="k4b" href="https://www.${host}/item/${price.length}">Shop now</a></div>`;
const GRID =
  '<h2>Gifts under $100</h2><div class="g9">' +
  gift('Tallowmere', 'Beeswax Taper Candles, Set of 6', '$34', 'nordlane.com') +
  gift('Brightfold', 'Linen Apron', '$58', 'nordlane.com') +
  gift('Corvell', 'Leather Card Holder', '$72', 'stockwell.com') +
  gift('Hewlin', 'Enamel Camp Mug', '$22', 'stockwell.com') +
  '</div>';

// A classifieds grid: the same structure, but listings of used things with their condition, size and haggling.
const ad = (title: string, price: string, place: string) =>
  `<li class="ad"><h3 class="ad-t"><a href="/ad/${price.length}">${title}</a></h3>` +
  `<p class="ad-p">${price}</p><p class="ad-l">${place}</p></li>`;
const CLASSIFIEDS =
  '<ul class="ads">' +
  ad('Regenjacke Fernhollow, Gr. M, kaum getragen', '45 € VB', 'Abholung in Kassel') +
  ad('Kinderfahrrad 20 Zoll, guter Zustand', '80 € VB', 'Abholung in Fulda') +
  ad('Wanderschuhe Größe 42, neuwertig', '35 €', 'Versand möglich') +
  '</ul>';

describe('record candidates and their features for the scorer', () => {
  it('reads every card of a gift-guide grid, with its group and record facts', () => {
    const ctx = ctxOf('en', GRID);
    const got = recordGroupsFormat.detect(ctx);
    expect(got.map((c) => [c.brand, c.name, c.price?.amount])).toEqual([
      ['Tallowmere', 'Beeswax Taper Candles, Set of 6', 34],
      ['Brightfold', 'Linen Apron', 58],
      ['Corvell', 'Leather Card Holder', 72],
      ['Hewlin', 'Enamel Camp Mug', 22],
    ]);
    expect(recordFacts(got[2]!.element)).toMatchObject({
      size: 4,
      priced: 1,
      linked: 1,
      price: true,
      buy: true,
      brandFirst: true,
      used: false,
      size1: false,
      groupUsed: 0,
      distinct: 1,
    });
    const f = named(ctx, got[0]!);
    expect(f).toMatchObject({ 'format:anchor-group': 1, 'in-record': 1, 'record-used': 0, 'name-used': 0 });
    expect(f['record-group-size']).toBeGreaterThan(0);
  });

  it('gives the scorer the listing cues of a classifieds grid: condition words, sizes, haggling', () => {
    const ctx = ctxOf('de', CLASSIFIEDS);
    const got = recordGroupsFormat.detect(ctx);
    expect(got.length).toBeGreaterThan(0);
    const first = got.find((c) => /Regenjacke/.test(c.name))!;
    expect(recordFacts(first.element)).toMatchObject({ used: true, size1: true, groupUsed: 1, shop: false });
    const f = named(ctx, first);
    expect(f).toMatchObject({ 'record-used': 1, 'record-size-label': 1, 'name-used': 1, 'record-shop-link': 0 });
    expect(f['page-used']).toBeGreaterThan(0);
  });

  it('keeps a record only where no other generator reads its lines', () => {
    const line = (i: number, format: string): Candidate => ({
      brand: null,
      name: `Item ${i}`,
      price: null,
      retailer: null,
      url: null,
      element: null as unknown as Element,
      claims: [{ i, s: 0, e: 1e9 }],
      score: 1,
      format,
    });
    const other = line(3, 'anchor-line');
    const covered = { ...line(3, 'anchor-group'), claims: [2, 3, 4].map((i) => ({ i, s: 0, e: 1e9 })) };
    const free = line(8, 'anchor-group');
    expect(uncoveredRecords([other, covered, free])).toEqual([other, free]);
  });
});

describe('listing words and size labels (lexicon [used] and [sizes])', () => {
  it('finds condition, haggling and size labels in several languages', () => {
    const { used, size } = lexicon();
    for (const t of ['Sofa, like new, collection only', 'Mantel, wie neu, VB', 'Kurtka, noszona dwa razy, jak nowa'])
      expect(used.test(t)).toBe(true);
    for (const t of ['Gr. L', 'Größe 38', 'rozmiar M', 'Size XS', 'taglia 42']) expect(size.test(t)).toBe(true);
  });

  it('leaves shop copy alone: "sizes", "new in", a bare size word', () => {
    const { used, size } = lexicon();
    expect(size.test('Available in five sizes and three colours')).toBe(false);
    expect(size.test('Size matters less than fit')).toBe(false);
    expect(used.test('New in: the linen shirt everyone wants')).toBe(false);
  });
});
