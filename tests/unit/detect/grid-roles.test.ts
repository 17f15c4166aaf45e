import { describe, expect, it } from 'vitest';
import { card } from '@/lib/detect/formats/card';
import { multiBrandShop } from '@/lib/detect/shop-tiles';
import { priceRecord } from '@/lib/detect/anchors/price-record';
import { leadingMaker } from '@/lib/detect/bracket-maker';
import { makerLine, makerSlot } from '@/lib/detect/maker-slot';
import { FIELD_SEP, MODEL_CODE } from '@/lib/detect/title-fields';
import { splitBrand } from '@/lib/detect/brand';
import { tidyRoles } from '@/lib/detect/roles';
import { sellingLines, wasPriceLine } from '@/lib/detect/was-price';
import type { Candidate, Ctx, Line } from '@/lib/detect/context';
import { collectLines } from '@/lib/detect/lines';
import { setPageLanguage } from '@/lib/detect/lexicon';
import { clusters } from '@/lib/detect/clusters';
import { happyDoc, lineCtx } from './helpers';

/** A shop tile: maker, name and a price box, all inside the product link. */
const tile = (maker: string, name: string, prices: string) =>
  `<div class="shop-tile"><a href="https://drogeria.example/p/${encodeURIComponent(name)}">` +
  `<b class="shop-tile__maker">${maker}</b><span class="shop-tile__title">${name}</span>` +
  `<div class="shop-tile__prices">${prices}</div></a><button>Dodaj</button></div>`;

describe('sale pairs inside grid tiles', () => {
  const sale =
    '<span class="amount-now">12,49 zł</span><span class="amount-regular">15,99 zł</span>' +
    '<p class="note">Najniższa cena z 30 dni przed obniżką: 14,99 zł</p>';
  const grid =
    '<div class="tiles">' +
    tile('Bambino', 'Szampon owsiany 250 ml', '<span class="amount-now">8,99 zł</span>') +
    tile('Sylveco', 'Tonik brzozowy 150 ml', sale) +
    tile('Mixa', 'Mleczko do ciała 400 ml', '<span class="amount-now">18,49 zł</span>') +
    '</div>';

  it('marks the regular price and the 30-day-lowest line as reference prices, not the selling one', () => {
    const ctx = lineCtx(grid, 'pl', 'PLN');
    const box = ctx.doc.querySelectorAll('.shop-tile')[1]!;
    const inTile = ctx.lines.filter((l) => box.contains(l.el));
    const was = inTile.filter((l) => wasPriceLine(l, box)).map((l) => l.text);
    expect(was).toEqual(['15,99 zł', 'Najniższa cena z 30 dni przed obniżką: 14,99 zł']);
    expect(sellingLines(ctx, inTile, box).map((l) => l.text)).toEqual([
      'Sylveco',
      'Tonik brzozowy 150 ml',
      '12,49 zł',
      'Dodaj',
    ]);
  });

  it('keeps a lone price a shop marks "regular" when nothing is on sale', () => {
    const ctx = lineCtx(tile('Mixa', 'Krem do rąk 50 ml', '<span class="amount-regular">9,99 zł</span>'), 'pl', 'PLN');
    const box = ctx.doc.querySelector('.shop-tile')!;
    expect(sellingLines(ctx, ctx.lines, box).map((l) => l.text)).toContain('9,99 zł');
  });

  it('reads the tile on sale as one product at its selling price, in both the card and the record reader', () => {
    for (const format of [card, priceRecord]) {
      const ctx = lineCtx(grid, 'pl', 'PLN');
      // The pipeline reads every line's prices before the generators run.
      for (const l of ctx.lines) clusters(ctx, l);
      const got = format.detect(ctx).map((c) => [c.brand, c.name, c.price?.amount]);
      expect(got).toContainEqual(['Sylveco', 'Tonik brzozowy 150 ml', 12.49]);
      expect(got.some((g) => g[2] === 15.99 || g[2] === 14.99)).toBe(false);
    }
  });

  it('takes the selling price when the struck one comes first', () => {
    const ctx = lineCtx(
      '<div class="tiles">' +
        tile('Bambino', 'Krem 50 ml', '<del>20,00 zł</del><span>16,00 zł</span>') +
        tile('Mixa', 'Balsam 200 ml', '<span>11,00 zł</span>') +
        '</div>',
      'pl',
      'PLN',
    );
    expect(card.detect(ctx).map((c) => c.price?.amount)).toEqual([16, 11]);
  });
});

describe('a maker in brackets leading a title', () => {
  it('reads angle and lenticular brackets, not book-title marks', () => {
    expect(leadingMaker('<Lowfield>Arran Crew 28,600円')).toEqual({ maker: 'Lowfield', length: 10 });
    expect(leadingMaker('＜Lowfield＞Arran Crew')?.maker).toBe('Lowfield');
    expect(leadingMaker('【ロウフィールド】アラン クルー')?.maker).toBe('ロウフィールド');
    expect(leadingMaker('《Winter Stories》 Vol. 2')).toBeNull();
    // Page text that looks like markup is no maker.
    expect(leadingMaker('<img src=x onerror="alert(1)"> Mini Bag')).toBeNull();
    // A bracket that is the whole title names no product.
    expect(leadingMaker('<Lowfield>')).toBeNull();
  });

  const cand = (brand: string | null, name: string, retailer: string | null): Candidate => ({
    brand,
    name,
    price: { amount: 28600, currency: 'JPY' },
    retailer,
    url: null,
    element: lineCtx('<p>x</p>', 'ja', 'JPY').doc.body,
    claims: [],
    score: 1,
    format: 'anchor-line',
  });

  it('makes the bracketed maker the brand, over the shop standing in for one on its own blog', () => {
    const a = tidyRoles(cand(null, '<Lowfield>Arran Crew', null))!;
    expect([a.brand, a.name]).toEqual(['Lowfield', 'Arran Crew']);
    const b = tidyRoles(cand('Kitsune Store', '<Lowfield>Arran Crew', 'Kitsune Store'))!;
    expect([b.brand, b.name]).toEqual(['Lowfield', 'Arran Crew']);
  });
});

describe('the maker slot of a grid', () => {
  const shoe = (maker: string, name: string, price: string) =>
    `<article class="tile"><a href="https://schuhe.example/${encodeURIComponent(name)}"><div class="txt">` +
    `<h3 class="mk"><span>${maker}</span></h3><h3 class="nm">${name}</h3><p>${price}</p></div></a></article>`;
  const grid =
    '<section class="grid">' +
    shoe('Nike', 'Court Vision - Sneaker low - weiß', '79,99 €') +
    shoe('Puma', 'Carina - Sneaker low - schwarz', '59,95 €') +
    shoe('Quellwerk Atelier', 'Sneaker low - sand', '64,95 €') +
    shoe('Adidas', 'Grand Court - Sneaker low - weiß', '69,95 €') +
    '</section>';

  it('knows an unknown label sits where the other tiles print their maker', () => {
    const ctx = lineCtx(grid, 'de', 'EUR');
    expect(makerSlot(ctx.lines, 'Quellwerk Atelier')).toBe(true);
    // The name line's place holds names in the other tiles.
    expect(makerSlot(ctx.lines, 'Sneaker low - sand')).toBe(false);
  });

  it('makes that label the brand of its tile', () => {
    const ctx = lineCtx(grid, 'de', 'EUR');
    const got = card.detect(ctx).map((c) => [c.brand, c.name, c.price?.amount]);
    expect(got).toContainEqual(['Quellwerk Atelier', 'Sneaker low - sand', 64.95]);
  });

  it('does not read a maker slot where the tiles print no known makers', () => {
    const plain =
      '<section class="grid">' +
      shoe('Weiß', 'Court Vision', '79,99 €') +
      shoe('Schwarz', 'Carina', '59,95 €') +
      shoe('Sand', 'Low Top', '64,95 €') +
      '</section>';
    expect(makerSlot(lineCtx(plain, 'de', 'EUR').lines, 'Sand')).toBe(false);
  });
});

describe('the vendor line under a tile title', () => {
  const tile = (title: string, vendor: string, price: string) =>
    `<li class="grid__cell"><div class="tile"><h3 class="tile__title"><a href="/products/${encodeURIComponent(title)}">` +
    `${title}</a></h3><div class="tile__caption">${vendor}</div><div class="tile__price">${price}</div></div></li>`;

  it('reads an unknown vendor as the maker where the other tiles print known ones', () => {
    const ctx = lineCtx(
      '<ul class="grid">' +
        tile('Ribbed Tank', 'Hunza G', '£95.00') +
        tile('Canvas Deck Shoe', 'Veja', '£110.00') +
        tile('Boiled Wool Scarf', 'Saltmarsh Weavers', '£60.00') +
        tile('Bucket Hat', 'Toteme', '£140.00') +
        '</ul>',
      'en',
      'GBP',
    );
    expect(makerLine(ctx.lines, 'Saltmarsh Weavers')).toBe(true);
    expect(makerLine(ctx.lines, 'Boiled Wool Scarf')).toBe(false);
  });
});

describe('titles with a model code after the dash', () => {
  it('does not read the code as the name or the maker', () => {
    expect(MODEL_CODE.test('06008A1000')).toBe(true);
    expect(MODEL_CODE.test('240 W')).toBe(true);
    expect(MODEL_CODE.test('Hunza G')).toBe(false);
    expect(MODEL_CODE.test('SOLO')).toBe(false);
    expect(splitBrand('Makita Akku-Laubbläser - DUB184Z')).toEqual({
      brand: 'Makita',
      name: 'Akku-Laubbläser - DUB184Z',
    });
  });

  it('does not part fields at a slash inside a word', () => {
    expect(FIELD_SEP.exec('Blower/vac 18V Solo')).toBeNull();
    expect(FIELD_SEP.exec('Garden Tidy 15/240 W')).toBeNull();
    expect(FIELD_SEP.exec('Shoes / Whistles')?.[3]).toBe('Whistles');
  });
});

describe("a shop's own grid: its label or the makers it sells", () => {
  const page = (site: string, host: string, tiles: [string, string][]): Ctx => {
    const body = tiles
      .map(
        ([slug, title]) =>
          `<li class="card"><a href="https://${host}/products/${slug}"><span class="card__title">${title}</span>` +
          `<span class="card__price">€24,00</span></a></li>`,
      )
      .join('');
    const doc = happyDoc(
      `<!DOCTYPE html><html lang="en"><head><meta property="og:site_name" content="${site}"></head>` +
        `<body><main><ul class="grid">${body}</ul></main></body></html>`,
    );
    setPageLanguage('en');
    const lines: Line[] = [];
    const it = collectLines(doc, lines);
    while (!it.next().done);
    return { root: doc, doc, pageUrl: `https://${host}/collections/sale`, host, currency: 'EUR', lines };
  };
  const tiles: [string, string][] = [
    ['bunny', 'Moss Rabbit - Knitted Bunny'],
    ['bib', 'Linen Bib'],
    ['mobile', 'Paper Crane Mobile'],
  ];

  it('gives every tile to a shop that is a known label, a guessed maker staying part of the name', () => {
    const got = card.detect(page('Arket', 'arket.example', tiles)).map((c) => [c.brand, c.name]);
    expect(got).toContainEqual(['Arket', 'Linen Bib']);
    expect(got).toContainEqual(['Arket', 'Moss Rabbit - Knitted Bunny']);
  });

  it('reads the maker a title names at a shop the gazetteer does not know (a multi-brand shop)', () => {
    const got = card.detect(page('Little Owl Store', 'littleowl.example', tiles)).map((c) => [c.brand, c.name]);
    expect(got).toContainEqual(['Moss Rabbit', 'Knitted Bunny']);
    // A tile that names no maker still reads as the shop's own piece.
    expect(got).toContainEqual(['Little Owl Store', 'Linen Bib']);
  });

  it('credits no tile to a shop whose grid names two or more other makers (an outlet, a multi-brand shop)', () => {
    const mixed: [string, string][] = [
      ...tiles,
      ['lamp', 'Night Lamp Cloud - Hevira Home'],
      ['boots', 'Puddle Boots - Kallvik'],
    ];
    for (const [site, host] of [
      ['Little Owl Store', 'littleowl.example'],
      ['Pikku Pöllö', 'pikkupollo.example'],
    ] as const) {
      const got = multiBrandShop(card.detect(page(site, host, mixed))).map((c) => [c.brand, c.name]);
      expect(got).toContainEqual(['Moss Rabbit', 'Knitted Bunny']);
      expect(got).toHaveLength(3);
      expect(got.map((g) => g[1])).not.toContain('Linen Bib');
      expect(got.map((g) => g[1])).not.toContain('Paper Crane Mobile');
      expect(got.map((g) => g[0])).not.toContain(site);
    }
    // One other maker is not enough to tell: the shop may sell its own label beside one guest line.
    expect(
      multiBrandShop(card.detect(page('Little Owl Store', 'littleowl.example', tiles))).map((c) => c.brand),
    ).toContain('Little Owl Store');
  });
});
