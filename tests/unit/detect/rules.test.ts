import { describe, expect, it } from 'vitest';
import { detectMentions } from '@/lib/detect';
import { splitBrand } from '@/lib/detect/brand';
import { clusters } from '@/lib/detect/clusters';
import type { Ctx, Line } from '@/lib/detect/context';
import { parseAround } from '@/lib/detect/segment';
import { happyDoc, linkedomDoc } from './helpers';

const URL = 'https://www.example-mag.com/fashion/picks/';
const wrap = (body: string, lang: string) =>
  `<!DOCTYPE html><html lang="${lang}"><head><title>t</title></head><body><main><article>${body}</article></main></body></html>`;
/** Brand, name, amount, retailer and whether a link was kept, read alike by both parsers. */
function found(body: string, lang = 'en-US', url = URL) {
  const read = (doc: Document) =>
    detectMentions(doc, url).map((m) => [m.brand, m.name, m.price?.amount ?? null, m.retailer, m.url]);
  const a = read(happyDoc(wrap(body, lang)));
  expect(read(linkedomDoc(wrap(body, lang)))).toEqual(a);
  return a;
}

describe('brand rules', () => {
  it.each([
    ['Schuhe: Dr. Martens', null, { brand: 'Dr. Martens', name: 'Schuhe' }],
    ['Vaqueros rectos de Mango', null, { brand: 'Mango', name: 'Vaqueros rectos' }],
    ['Trenchcoat van Only', null, { brand: 'Only', name: 'Trenchcoat' }],
    ['Robe de plage', null, { brand: null, name: 'Robe de plage' }],
    ["Hanes Men's Beefy-T Short-Sleeve T-Shirt", null, { brand: 'Hanes', name: "Men's Beefy-T Short-Sleeve T-Shirt" }],
    ["Zyzzyva Basics Women's Crew Tee", null, { brand: 'Zyzzyva Basics', name: "Women's Crew Tee" }],
    [
      'Pajar Galaxy Winter Boots',
      'https://www.pajar.com/products/galaxy',
      { brand: 'Pajar', name: 'Galaxy Winter Boots' },
    ],
    ['John Lewis Linen Trousers', 'https://www.johnlewis.com/p1', { brand: 'John Lewis', name: 'Linen Trousers' }],
  ])('%s', (text, url, want) => expect(splitBrand(text, null, url)).toEqual(want));

  it('takes no brand from numbers or from the product’s own URL slug', () => {
    expect(splitBrand('1.5 lbs Yukon Gold potatoes').brand).toBeNull();
    expect(
      splitBrand('123 7th Ave #2R, Brooklyn', null, 'https://homes.example/listing/123-7th-ave-2r').brand,
    ).toBeNull();
  });
});

describe('parseAround, further forms', () => {
  const ctx = { currency: 'GBP', pageUrl: 'https://x.co.uk/', host: 'x.co.uk' } as Ctx;
  const read = (text: string, links: Line['links'] = []) => {
    const line: Line = { i: 0, text, el: null as unknown as Element, links, bold: [], h: 0, cap: false };
    const c = clusters(ctx, line)[0]!;
    const p = parseAround(line, c, 0, text.length);
    return p && { name: p.name, amount: p.price.amount, retailer: p.retailer, brandAfter: p.brandAfter ?? null };
  };

  it('reads "by Brand, from shop" after the price, initials and all', () => {
    expect(read('Loafers, £110, by G.H. Bass, from office.co.uk')).toEqual({
      name: 'Loafers',
      amount: 110,
      retailer: 'Office',
      brandAfter: 'G.H. Bass',
    });
  });

  it('reads shops after Italian, Dutch and Scandinavian prepositions', () => {
    expect(read('Sneakers Veja, 150 euro, su Zalando')?.retailer).toBe('Zalando');
    expect(read('Jurk, € 89, bij De Bijenkorf')?.retailer).toBe('De Bijenkorf');
  });

  it('needs no separator before the price when a shop follows it', () => {
    expect(read('Khaite Danielle jeans £380 at SSENSE')?.name).toBe('Khaite Danielle jeans');
    expect(read('Members get lipstick £20 at Sephora')).toBeNull();
    expect(read('Khaite Danielle jeans £380 and more')).toBeNull();
  });

  it('reads a name and price held in one link', () => {
    const text = 'J.Crew Cashmere Crewneck Sweater £148';
    expect(read(text, [{ s: 0, e: text.length, a: null as unknown as Element }])?.name).toBe(
      'J.Crew Cashmere Crewneck Sweater',
    );
  });
});

describe('detectMentions, structure rules', () => {
  it('drops a label before the name without moving the bold brand onto it', () => {
    expect(found('<p><strong>À shopper :</strong> Robe longue en lin, 89,99 €, Mango.</p>', 'fr-FR')).toEqual([
      ['Mango', 'Robe longue en lin', 89.99, 'Mango', null],
    ]);
  });

  it('takes the buy button below a complete product line', () => {
    const asos = 'https://www.asos.com/topshop/topshop-satin-cami/prd/1';
    expect(
      found(
        `<p><strong>1. Topshop Satin Cami, £28</strong></p><p>Slinky and flattering.</p><p><a href="${asos}">BUY NOW</a></p>
        <p><strong>2. Bershka Lace Top, £22.99</strong></p><p>No button for this one.</p>`,
        'en-GB',
      ),
    ).toEqual([
      ['Topshop', 'Satin Cami', 28, 'ASOS', asos],
      ['Bershka', 'Lace Top', 22.99, null, null],
    ]);
  });

  it('takes a bare shop domain on the next line as the link and the shop', () => {
    const u = 'https://www.mrporter.com/en-gb/mens/product/drakes/shirt/1';
    expect(
      found(`<p><strong>Drake's</strong><br>Oxford cotton shirt, £165<br><a href="${u}">mrporter.com</a></p>`, 'en-GB'),
    ).toEqual([["Drake's", 'Oxford cotton shirt', 165, 'Mr Porter', u]]);
  });

  it('reads a heading, a price line and a later shop button as one product', () => {
    const u = 'https://www.net-a-porter.com/en-us/shop/product/alaia/1';
    expect(
      found(
        `<h3>Alaïa Mesh Ballet Flats</h3><p class="price">$1,150</p><p>The shoe that started it.</p><p><a href="${u}">Shop at Net-a-Porter</a></p>`,
      ),
    ).toEqual([['Alaïa', 'Mesh Ballet Flats', 1150, 'Net-a-Porter', u]]);
  });

  it('reads a card’s brand line above its titled name, but not a badge', () => {
    expect(
      found(
        `<ul><li class="item"><a href="https://shop-links.co/1"><div class="badge">Best Overall</div><div class="kicker">Zyzzyva Studio</div>
        <h3 class="title">Suede bomber jacket</h3><div class="offer">£1,250, Net-a-Porter</div></a></li>
        <li class="item"><a href="https://shop-links.co/2"><div class="badge">Best Value</div><h3 class="title">Mango Linen Shirt</h3><div class="offer">£35.99</div></a></li></ul>`,
        'en-GB',
      ),
    ).toEqual([
      ['Zyzzyva Studio', 'Suede bomber jacket', 1250, 'Net-a-Porter', 'https://shop-links.co/1'],
      ['Mango', 'Linen Shirt', 35.99, 'Mango', 'https://shop-links.co/2'],
    ]);
  });

  it('reads one product offered at two shops once, and a was/now pair as the sale price', () => {
    expect(
      found(`<div class="buy-box"><p class="title">Google Pixel 8a (128GB)</p>
        <p><a href="https://www.amazon.com/dp/B0C">$499 at Amazon</a></p><p><a href="https://www.bestbuy.com/site/1.p">$499.99 at Best Buy</a></p></div>
        <div class="product"><span class="brand">Equipment</span><h3 class="name">Washed-Silk Shirt</h3>
        <div class="price"><span>$330</span> <span>$231</span> (30% off) at <span>nordstrom.com</span></div><a href="https://shop-links.co/9">Shop Now</a></div>`),
    ).toEqual([
      ['Google', 'Pixel 8a (128GB)', 499, 'Amazon', 'https://www.amazon.com/dp/B0C'],
      ['Equipment', 'Washed-Silk Shirt', 231, 'Nordstrom', 'https://shop-links.co/9'],
    ]);
  });

  it('names an image-only tile from its picture', () => {
    expect(
      found(`<div class="tile"><a href="https://www.ssense.com/x"><img alt="Khaite Danielle Jeans" src="a.jpg"></a><span class="price">$380</span></div>
        <div class="tile"><a href="https://www.ssense.com/y"><img alt="Ganni Rubber Boots" src="b.jpg"></a><span class="price">$295</span></div>`),
    ).toEqual([
      ['Khaite', 'Danielle Jeans', 380, 'SSENSE', 'https://www.ssense.com/x'],
      ['Ganni', 'Rubber Boots', 295, 'SSENSE', 'https://www.ssense.com/y'],
    ]);
  });

  it('finds nothing in story teasers, section labels or sale banners', () => {
    expect(
      found(`<div class="card"><a href="/fashion/story-1"><span>Shopping</span><h3>This Amazon Dress Is Everywhere</h3><span>$35</span></a></div>
        <div class="card"><a href="/fashion/story-2"><span>Beauty</span><h3>Best Serums</h3><span>$20</span></a></div>
        <h2>Best Budget Pick</h2><p>It costs just $25 and works well.</p><p><a href="https://www.amazon.com/dp/X">Shop now</a></p>
        <h3>Up to 50% off at Mango</h3><p>Mango's sale is one of the best.</p><p><a href="https://shop.mango.com/gb/sale">Shop the sale</a></p>
        <ul><li>1.5 lbs Yukon Gold potatoes ($1.49)</li><li>2 lbs chicken thighs ($3.98)</li></ul>`),
    ).toEqual([]);
  });

  it('names a sentence-long title’s product by its link', () => {
    const u = 'https://www.amazon.com/dp/B0BQRS5678?tag=x-20';
    expect(
      found(
        `<h2>5. A <a href="${u}">Crocs Classic Clog</a> for anyone who has given up pretending to care.</h2><p><b>Get them from Amazon for <a href="${u}">$49.99</a>.</b></p>`,
      ),
    ).toEqual([['Crocs', 'Classic Clog', 49.99, 'Amazon', u]]);
  });

  it('reports a product shown in a card and again in a list line once', () => {
    const u = 'https://go.skimresources.com/?id=1&url=https%3A%2F%2Fwww.ssense.com%2Fx';
    expect(
      found(`<div class="product"><a href="${u}"><span class="brand">Ganni</span><span class="name">Recycled Rubber Boots</span><span class="price">$295</span></a></div>
        <p>More prose about boots and rain.</p><ul><li>Ganni Rubber Boots, $295 at <a href="${u}">SSENSE</a></li><li>Hunter Original Tall, $175 at <a href="https://www.hunterboots.com/y">Hunter</a></li></ul>`),
    ).toEqual([
      ['Ganni', 'Recycled Rubber Boots', 295, 'SSENSE', u],
      ['Hunter', 'Original Tall', 175, 'Hunter', 'https://www.hunterboots.com/y'],
    ]);
  });

  it('reads a shop page’s product from a WebPage’s mainEntity, skipping struck prices and the shop’s name in the title', () => {
    const html = `<!DOCTYPE html><html><head><title>Linen Apron | Quayside Home</title>
      <script type="application/ld+json">[{"@type":"WebPage","mainEntity":{"@type":"Product","name":"Linen Apron | Quayside Home",
        "brand":[{"@type":"Brand","name":"Harbour &amp; Co"}],"isSimilarTo":[{"@type":"Product","name":"Other","offers":{"price":"9"}}],
        "offers":{"@type":"Offer","priceSpecification":[{"priceType":"https://schema.org/StrikethroughPrice","price":"85.00","priceCurrency":"GBP"},
        {"price":"59.50","priceCurrency":"GBP"}]}}}]</script></head><body><h1>Linen Apron</h1></body></html>`;
    const ms = detectMentions(linkedomDoc(html), 'https://quayside-home.example.com/products/apron');
    expect(ms.map((m) => [m.brand, m.name, m.price, m.retailer])).toEqual([
      ['Harbour & Co', 'Linen Apron', { amount: 59.5, currency: 'GBP' }, 'Quayside Home'],
    ]);
  });

  it('names a shop’s product page after the page when the host is unknown', () => {
    const html = `<!DOCTYPE html><html lang="en-GB"><head><title>Wool Coat | Northbound Clothing</title>
      <script type="application/ld+json">{"@type":"Product","name":"Wool Coat","brand":"Northbound","offers":{"price":"189.00","priceCurrency":"GBP"}}</script>
      </head><body><h1>Wool Coat</h1><button>Add to bag</button></body></html>`;
    const [m] = detectMentions(happyDoc(html), 'https://www.northboundclothing.co.uk/products/wool-coat');
    expect(m?.retailer).toBe('Northbound Clothing');
  });
});
