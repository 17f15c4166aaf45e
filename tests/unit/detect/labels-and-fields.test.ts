import { describe, expect, it } from 'vitest';
import { detectMentions } from '@/lib/detect';
import { splitBrand } from '@/lib/detect/brand';
import { happyDoc, linkedomDoc } from './helpers';

const URL = 'https://www.example-mag.com/style/edit/';
const wrap = (body: string, lang: string) =>
  `<!DOCTYPE html><html lang="${lang}"><head><title>t</title></head><body><main><article>${body}</article></main></body></html>`;
/** Brand, name, amount, retailer and link, read alike by both parsers. */
function found(body: string, lang = 'en-US') {
  const read = (doc: Document) =>
    detectMentions(doc, URL).map((m) => [m.brand, m.name, m.price?.amount ?? null, m.retailer, m.url]);
  const a = read(happyDoc(wrap(body, lang)));
  expect(read(linkedomDoc(wrap(body, lang)))).toEqual(a);
  return a;
}

describe('labels and fields around a product', () => {
  it('drops an award label before the product instead of taking it for the brand', () => {
    expect(splitBrand('Best Budget: Converse Chuck 70')).toEqual({ brand: 'Converse', name: 'Chuck 70' });
    expect(splitBrand("Editor's pick – Toteme Wool Scarf").brand).toBe('Totême');
  });

  it('reads a card heading as the brand when a field marked as the name follows it', () => {
    const tile = (b: string, n: string, p: string, href: string) =>
      `<div class="tile"><img src="x.jpg" alt=""><h4>${b}</h4><p class="item-name">${n}</p><p>${p}</p><a href="${href}">Shop</a></div>`;
    const body = `<div class="grid">${tile('Paloma Wool', 'Ribbed Knit Vest', '$190', 'https://www.ssense.com/en-us/p/1')}${tile(
      'Sezane',
      'Gaspard Cardigan',
      '$150',
      'https://www.sezane.com/us/product/gaspard-cardigan',
    )}</div>`;
    expect(found(body).map((m) => [m[0], m[1], m[2]])).toEqual([
      ['Paloma Wool', 'Ribbed Knit Vest', 190],
      ['Sézane', 'Gaspard Cardigan', 150],
    ]);
  });

  it('takes the brand from a "Brand:" field and the name from the heading above', () => {
    const body = `<h3>Wollmantel mit Gürtel</h3><p>Marke: Arket – Preis: 249 € – <a href="https://www.arket.com/de-de/p/coat-1">zum Shop</a></p>
      <h3>Karierter Blazer</h3><p>Marke: Zara – Preis: 59,95 € – <a href="https://www.zara.com/de/de/blazer-p1.html">zum Shop</a></p>`;
    expect(found(body, 'de-DE').map((m) => [m[0], m[1], m[2]])).toEqual([
      ['Arket', 'Wollmantel mit Gürtel', 249],
      ['Zara', 'Karierter Blazer', 59.95],
    ]);
  });

  // Known miss of the trained scorer (docs/detection-quality.md): one product whose maker is not in the gazetteer,
  // alone on a synthetic page, scores under the model's boundary. Kept as `it.fails` so the fix shows up here.
  it('finds the buy link in a spec table row labelled "Buy at"', () => {
    const spec = (h: string, p: string, shop: string, href: string) =>
      `<h3>${h}</h3><p>Light, quick and kind to fine hair.</p><table><tr><th>Price</th><td>${p}</td></tr>
       <tr><th>Weight</th><td>400g</td></tr><tr><th>Buy at</th><td><a href="${href}">${shop}</a></td></tr></table>`;
    const body =
      spec('Babyliss Air Wand', '£60', 'Boots', 'https://www.boots.com/babyliss-air-wand-10312345') +
      spec('Shark FlexStyle', '£269.99', 'Argos', 'https://www.argos.co.uk/product/9412345');
    expect(found(body, 'en-GB').map((m) => [m[2], m[3], m[4]])).toEqual([
      [60, 'Boots', 'https://www.boots.com/babyliss-air-wand-10312345'],
      [269.99, 'Argos', 'https://www.argos.co.uk/product/9412345'],
    ]);
  });

  it('trusts an everyday-word brand line only when its price links to the brand’s own shop', () => {
    const own = found(
      `<p>Reformation Juliette Linen Dress</p><p><a href="https://www.thereformation.com/products/juliette/1.html">$278</a></p>`,
    );
    expect(own.map((m) => [m[0], m[2]])).toEqual([['Reformation', 278]]);
    expect(
      found(`<p>Reformation of the tax code</p><p><a href="https://www.example-news.com/tax">$278</a></p>`),
    ).toEqual([]);
  });

  it('keeps "; available at Shop" with the price before it in a caption', () => {
    const body = `<figure><img src="a.jpg" alt=""><figcaption><strong>Barbour Beadnell Wax Jacket</strong>, $399; available at
      <a href="https://www.nordstrom.com/s/barbour-beadnell/123">Nordstrom</a></figcaption></figure>`;
    expect(found(body)).toEqual([
      ['Barbour', 'Beadnell Wax Jacket', 399, 'Nordstrom', 'https://www.nordstrom.com/s/barbour-beadnell/123'],
    ]);
  });
});
