import { describe, expect, it } from 'vitest';
import { extractListing } from '@/lib/listing';
import { stripBrandLabel } from '@/lib/listing/brand-labels';
import { cleanTitle, innermostTitle } from '@/lib/listing/title-clean';
import { ld } from './read-source';

const html = (body: string, head = '') => `<!doctype html><html><head>${head}</head><body>${body}</body></html>`;
const read = (body: string, head = '', url = 'https://shop.example.com/p/1') => extractListing(html(body, head), url);

describe('brand labels', () => {
  it("removes the label in the shops' languages", () => {
    expect(stripBrandLabel('Marke: Oceana')).toBe('Oceana');
    expect(stripBrandLabel('Marque : D & STBKI')).toBe('D & STBKI');
    expect(stripBrandLabel('Marca: R.K.')).toBe('R.K.');
    expect(stripBrandLabel('Ver mais artigos da Marca: Roborock')).toBe('Roborock');
    expect(stripBrandLabel('Výrobca: ANPIX')).toBe('ANPIX');
    expect(stripBrandLabel('Proizvajalec: B&S')).toBe('B&S');
    expect(stripBrandLabel('Производитель: Bosch')).toBe('Bosch');
  });

  it('reads shop-in-shop bylines, and "by X" only in a byline', () => {
    expect(stripBrandLabel('Visit the Ubisoft Store')).toBe('Ubisoft');
    expect(stripBrandLabel('Besuche den Oceana-Store')).toBe('Oceana');
    expect(stripBrandLabel('Visita lo Store di Lego')).toBe('Lego');
    expect(stripBrandLabel('by Apple', true)).toBe('Apple');
    expect(stripBrandLabel('By Terry')).toBe('By Terry');
  });

  it('gives null for a label alone', () => {
    expect(stripBrandLabel('Brand:')).toBeNull();
    expect(stripBrandLabel('Hersteller')).toBeNull();
  });

  it('cleans a labelled brand that markup gives', () => {
    const body =
      '<div itemscope itemtype="https://schema.org/Product"><h1 itemprop="name">Robot Vacuum</h1>' +
      '<span itemprop="brand">Ver mais artigos da Marca: Roborock</span></div>';
    expect(read(body).brand).toBe('Roborock');
  });
});

describe("brand stated in the page's facts", () => {
  it('reads an item-specifics table row', () => {
    const body =
      '<h1>Hoodie</h1><span class="price">€25.00</span><table><tr><td class="attrLabels">Condition:</td><td>New</td></tr>' +
      '<tr><td class="attrLabels">Brand: </td><td><span>Fruit of the Loom</span></td></tr></table>';
    expect(read(body).brand).toBe('Fruit of the Loom');
  });

  it('reads a spec table, a paragraph pair and a bullet line in other languages', () => {
    expect(
      read('<h1>Robotniiduk 400</h1><table><tr><td>Kaubamärk</td><td><a href="/c">Bosch</a></td></tr></table>').brand,
    ).toBe('Bosch');
    expect(read('<h1>Redukcia M2</h1><div class="col"><p>Výrobca</p><p> ANPIX </p></div>').brand).toBe('ANPIX');
    expect(
      read('<h1>Bralne leče</h1><ul><li><strong>Proizvajalec:</strong> <a href="/m">B&amp;S</a></li></ul>').brand,
    ).toBe('B&S');
    expect(read('<h1>Garage 4x5m</h1><p><span>make/manufacturer: <b>Consteel LTD</b></span></p>').brand).toBe(
      'Consteel LTD',
    );
    expect(
      read(
        '<h1>Album</h1><ul><li><span class="a-text-bold">Manufacturer : </span> <span>Mack Avenue Records</span></li></ul>',
      ).brand,
    ).toBe('Mack Avenue Records');
  });

  it('ignores brand labels in navigation, recommendations and long values', () => {
    const body =
      '<nav><span>Brand:</span><span>Acme</span></nav><div class="recommended"><p>Brand</p><p>Other</p></div>' +
      '<h1>Plain Mug</h1><dl><dt>Brand</dt><dd>This mug is made by hand in a small studio in the hills above town</dd></dl>';
    expect(read(body).brand).toBeNull();
  });

  it('does not read a "branded content" tab as the brand', () => {
    expect(
      read(
        '<main><ul><li class="branded-content-tab"><a href="/news">Shop News</a></li></ul><h1>Casio FX-991ES</h1></main>',
      ).brand,
    ).toBeNull();
  });

  it('prefers the byline beside the heading to the facts table', () => {
    const body =
      '<h1 id="title">Squirrel-proof Feeder</h1><a id="bylineInfo" href="/stores/b">Visit the Brome Store</a>' +
      '<table><tr><th>Manufacturer</th><td>Brome Bird Care</td></tr></table>';
    expect(read(body).brand).toBe('Brome');
  });
});

describe('titles without site boilerplate', () => {
  it('drops marketplace labels, square-bracket promo tags and a leading price note', () => {
    expect(cleanTitle('Details about  BMW X1 SDRIVE 2.0 AUTOMATIC')).toBe('BMW X1 SDRIVE 2.0 AUTOMATIC');
    expect(cleanTitle('Dettagli su Angel Teddy Bear- mostra il titolo originale')).toBe('Angel Teddy Bear');
    expect(cleanTitle('[타임커머스 티몬] 좋은생각 : 정기구독 1년')).toBe('좋은생각 : 정기구독 1년');
    expect(cleanTitle('【下營農會】鵝肉鬆-原味-250g-罐')).toBe('【下營農會】鵝肉鬆-原味-250g-罐');
    expect(cleanTitle('Log In needed $60 · 1970s Surfer Skate Board')).toBe('1970s Surfer Skate Board');
    expect(cleanTitle('$15 · Casio FX-991ES Calculator')).toBe('Casio FX-991ES Calculator');
    expect(cleanTitle('Wool Scarf · Grey')).toBe('Wool Scarf · Grey');
  });

  it('takes the heading a markup title wraps in site words, but keeps colours and sizes after the name', () => {
    expect(innermostTitle('Tickets Lina de Lima Streaming Play - Santiago', ['Lina de Lima'], ['ticketshop'])).toBe(
      'Lina de Lima',
    );
    expect(
      innermostTitle(
        'Handheld Steel Cheese Slicer - Buy Cheese Slicer Product on Bigmarket.com',
        ['Handheld Steel Cheese Slicer'],
        ['bigmarket', 'com'],
      ),
    ).toBe('Handheld Steel Cheese Slicer');
    expect(innermostTitle('MAVIS - Winter coat - black', ['MAVIS - Winter coat'], ['zshop'])).toBe(
      'MAVIS - Winter coat - black',
    );
  });

  it('applies on a whole page', () => {
    const head = '<meta property="og:title" content="Details about Angel Teddy Bear">';
    expect(read('<h1><span class="g-hdn">Details about&nbsp;</span>Angel Teddy Bear</h1>', head).title).toBe(
      'Angel Teddy Bear',
    );
  });
});

describe('availability when markup is silent', () => {
  it('reads a product with a price and no stock statement as in stock', () => {
    const body =
      ld({
        '@context': 'https://schema.org',
        '@type': 'Product',
        name: 'Mug',
        offers: { price: '8.00', priceCurrency: 'EUR' },
      }) + '<h1>Mug</h1>';
    expect(read(body).availability).toBe('InStock');
  });

  it('keeps a stated out-of-stock, and null without price or buy button', () => {
    const body = ld({
      '@context': 'https://schema.org',
      '@type': 'Product',
      name: 'Mug',
      offers: { price: '8.00', priceCurrency: 'EUR', availability: 'https://schema.org/OutOfStock' },
    });
    expect(read(body + '<h1>Mug</h1>').availability).toBe('OutOfStock');
    expect(read('<h1>Mug</h1><p>A mug.</p>').availability).toBeNull();
  });
});

describe("the main offer's price among others on the page", () => {
  it('reads a bare og:price written with its sign', () => {
    const head = '<meta property="og:title" content="Big bra"><meta property="og:price" content="2,900원~">';
    expect(read('<p>Big bra</p>', head, 'http://www.shop.example.co.kr/deal/1')).toMatchObject({
      price: 2900,
      currency: 'KRW',
      availability: 'InStock',
    });
  });

  it('skips the price before tax shown beside the price a shopper pays', () => {
    const body =
      '<h1>Reading lenses</h1><ul><li class="price"><span class="price-now">40.00€</span></li>' +
      '<li class="price-tax small">Brez DDV: <span class="price-tax-live">32.79€</span></li></ul>';
    expect(read(body, '', 'https://www.shop.example.si/p').price).toBe(40);
    expect(
      read(
        '<main><h1>Lens</h1><div><p>excl. VAT: <span class="a2">40,16 €</span></p><span class="a1">49,00 €</span></div></main>',
        '',
        'https://shop.example.de/p',
      ).price,
    ).toBe(49);
  });

  it('takes a price only its class calls old when nothing else is current, never a crossed-out one', () => {
    const body = '<h1>Reading lenses</h1><ul><li class="price"><span class="price-old-live">40.00€</span></li></ul>';
    expect(read(body, '', 'https://www.shop.example.si/p').price).toBe(40);
    expect(read('<h1>Lens</h1><del class="price">40.00€</del>', '', 'https://www.shop.example.si/p').price).toBeNull();
  });

  it('skips prices in similar-product cards whose heading links elsewhere', () => {
    const body =
      '<div><h1>Diving mask</h1><ul><li class="price"><span class="price-old-live">100.00€</span></li></ul></div>' +
      '<div class="h1">Similar products</div><div class="row"><div class="product-layout"><div class="caption">' +
      '<h4><a href="https://www.shop.example.si/mask-m-212">Mask M-212</a></h4><div class="prices"><span class="price">150.00€</span></div></div></div></div>';
    expect(read(body, '', 'https://www.shop.example.si/diving-mask').price).toBe(100);
  });
});

describe('the main offer over used copies, other sellers and options', () => {
  it('skips a "New & Used from" price when the buy box has one', () => {
    const body =
      '<div><h1 id="title">Pan set</h1><div class="olp"><span>New &amp; Used (9) from</span><span class="a-color-price">£36.61</span></div>' +
      '<div id="buybox"><span class="buybox-price">£48.99</span></div></div>';
    expect(read(body, '', 'https://www.shop.example.co.uk/dp/1').price).toBe(48.99);
    const fr =
      '<div><h1>Siège</h1><div><span>Neufs &amp; occasions (4)</span> <span class="a-color-price">63,06 €</span></div>' +
      '<div class="buy"><span class="price-deal">66,75 €</span></div></div>';
    expect(read(fr, '', 'https://www.shop.example.fr/dp/1').price).toBe(66.75);
  });

  it("takes another offer's price when the main offer has none", () => {
    const body =
      '<div><h1>Tripod</h1><div><span>Neu und gebraucht (7) ab</span> <span class="a-color-price">99,12 €</span></div></div>';
    expect(read(body, '', 'https://www.shop.example.de/dp/1').price).toBe(99.12);
  });

  it('skips a count of offers with their lowest price ("Neu (4) ab"), nearer the heading than the buy box', () => {
    const body =
      '<div><h1>Grill rub 230g</h1><div><span>Neu (4) ab</span> <span class="a-color-price">8,32 €</span></div>' +
      '<div id="buybox"><span class="buy-price">8,33 €</span></div></div>';
    expect(read(body, '', 'https://www.shop.example.de/dp/1').price).toBe(8.33);
    const en =
      '<div><h1>Grill rub</h1><div><span>New (3) from</span> <span class="a-color-price">$7.10</span></div>' +
      '<div id="buybox"><span class="buy-price">$8.00</span></div></div>';
    expect(read(en, '', 'https://www.shop.example.com/dp/1').price).toBe(8);
  });

  it('skips the price in a lone carousel card for another product when the item has none', () => {
    const body =
      '<div><h1>Potato chips, 12 pack</h1><p>Currently unavailable.</p></div>' +
      '<div class="a-carousel-container"><h2>Consider this available item</h2><ol><li class="a-carousel-card"><div><div>' +
      '<a href="/dp/OTHER"><img src="/i.jpg" alt=""></a></div><div><a href="/dp/OTHER">Other chips</a><span><span class="a-price">$29.99</span></span></div></div></li></ol></div>';
    expect(read(body, '', 'https://www.shop.example.com/dp/1').price).toBeNull();
    // a card around the product's own price, its picture linking to its own page, is kept
    const own =
      '<div class="product-card"><a href="/dp/1"><img src="/i.jpg" alt=""></a><h1>Chips</h1><span class="price">$4.99</span></div>';
    expect(read(own, '', 'https://www.shop.example.com/dp/1').price).toBe(4.99);
  });

  it('reads a "barred" price as the former one', () => {
    const body =
      '<div><h1>Fairy Oak</h1><div class="price"><strong>€ <span>17,10</span></strong><div class="full-price"><span class="barred">€ 18,00</span></div></div></div>';
    expect(read(body, '', 'https://www.books.example.it/p').price).toBe(17.1);
  });
});

describe("unit price over instalments, and buy controls in the shops' languages", () => {
  it('skips a price labelled as an instalment', () => {
    const body =
      '<div><h1>Goose floss 250g</h1><table><tr><td>3 期 0 利率</td><td>每期<span>$<span>98</span></span></td></tr></table>' +
      '<div><span class="price">NT$294</span></div></div>';
    expect(read(body, '', 'https://www.shop.example.com.tw/p').price).toBe(294);
    const es =
      '<div><h1>Cama</h1><p>12 cuotas de <span class="cuota">$19.166</span></p><span class="price">$229.990</span></div>';
    expect(read(es, '', 'https://www.shop.example.cl/p')).toMatchObject({ price: 229990, currency: 'CLP' });
  });

  it('reads a bare amount whose currency sits in the next or previous element, near the heading', () => {
    const body =
      '<div><h1>Goose floss 250g</h1><table><tr><td><strong>List price</strong> <del>$420</del><span>元</span></td></tr>' +
      '<tr><td><strong>Special</strong><b> <font>7</font> 折</b> <span style="font:bold 27px Verdana">294</span><span> 元 </span></td></tr></table></div>';
    expect(read(body, '', 'https://www.shop.example.com.tw/p')).toMatchObject({ price: 294, currency: 'TWD' });
    const before = '<div><h1>Rub</h1><p><b>€</b><b>12,40</b></p></div>';
    expect(read(before, '', 'https://www.shop.example.ie/p')).toMatchObject({ price: 12.4, currency: 'EUR' });
    // a neighbour that is more than a currency ("元起/罐", per can) does not make the number a price
    expect(
      read(
        '<div><h1>Cans</h1><p><span>29</span><span>元起/罐</span></p></div>',
        '',
        'https://www.shop.example.com.tw/p',
      ).price,
    ).toBeNull();
  });

  it('reads add-to-cart controls in more languages, and script links, as in stock', () => {
    for (const control of [
      '<a href="javascript:buy_process(1)">加入購物車</a>',
      '<button>Dodaj u košaricu</button>',
      '<a onclick="go()" href="#">Kupi</a>',
      '<button>장바구니 담기</button>',
      '<input type="submit" value="Купить">',
    ]) {
      expect(read(`<main><h1>Thing</h1>${control}</main>`).availability, control).toBe('InStock');
    }
    expect(read('<main><h1>Thing</h1><a href="/cart">Kupi</a></main>').availability).toBeNull();
  });
});

describe('markup with several offers for one item', () => {
  it('takes the offer the page shows as its current price', () => {
    const offers = [
      { '@type': 'Offer', price: '249990', priceCurrency: 'CLP' },
      { '@type': 'Offer', price: '229990', priceCurrency: 'CLP' },
    ];
    const body =
      ld({ '@context': 'https://schema.org', '@type': 'Product', name: 'Cama Eloísa', offers }) +
      '<div><h1>Cama Eloísa</h1><span class="price">$229.990</span> <del class="price">$279.990</del></div>';
    expect(read(body, '', 'https://www.shop.example.cl/p')).toMatchObject({ price: 229990, currency: 'CLP' });
  });

  it('keeps the first offer when the page shows none of them', () => {
    const offers = [
      { '@type': 'Offer', price: '249990', priceCurrency: 'CLP' },
      { '@type': 'Offer', price: '229990', priceCurrency: 'CLP' },
    ];
    const body =
      ld({ '@context': 'https://schema.org', '@type': 'Product', name: 'Cama Eloísa', offers }) +
      '<div><h1>Cama Eloísa</h1></div>';
    expect(read(body, '', 'https://www.shop.example.cl/p').price).toBe(249990);
  });
});

describe('a markup price the page contradicts', () => {
  const product = ld({
    '@context': 'https://schema.org',
    '@type': 'Product',
    name: 'Pillows, pair',
    offers: { price: '150', priceCurrency: 'USD' },
  });
  it('gives way to the shown price when another markup source confirms it', () => {
    const head =
      '<meta property="og:type" content="product"><meta property="product:price:amount" content="200"><meta property="product:price:currency" content="USD">';
    expect(read(product + '<div><h1>Pillows, pair</h1><span class="price">$200</span></div>', head).price).toBe(200);
  });

  it('stands when only the page shows another amount', () => {
    expect(read(product + '<div><h1>Pillows, pair</h1><span class="price">$200</span></div>').price).toBe(150);
  });
});
