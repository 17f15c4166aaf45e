import { describe, expect, it } from 'vitest';
import { detectMentions } from '@/lib/detect';
import { happyDoc, linkedomDoc } from './helpers';

const URL = 'https://www.example-mag.com/style/edit/';
const wrap = (body: string, lang: string) =>
  `<!DOCTYPE html><html lang="${lang}"><head><title>t</title></head><body><main><article>${body}</article></main></body></html>`;
/** Brand, name, price and retailer, read alike by both parsers. */
function found(body: string, lang = 'en-US') {
  const read = (doc: Document) => detectMentions(doc, URL).map((m) => [m.brand, m.name, m.price, m.retailer]);
  const a = read(happyDoc(wrap(body, lang)));
  expect(read(linkedomDoc(wrap(body, lang)))).toEqual(a);
  return a;
}

describe('review blocks, prose-closing buy links and "noun of maker" names', () => {
  it('reads a price link that closes a paragraph under a heading as that heading’s offer', () => {
    const sec = (h: string, p: string, href: string, buy: string) =>
      `<h2>${h}</h2><p>${p} <a href="${href}">${buy}</a></p>`;
    const body =
      '<p>Prices are what the brands charge at home.</p>' +
      sec(
        'Auralee Super Light Wool Shirt',
        'The fabric drapes like silk. Sizing runs generous.',
        'https://auralee.jp/products/a1',
        '¥41,800 at Auralee',
      ) +
      sec(
        'Comoli Wool Gabardine Jacket',
        'Boxy and considered.',
        'https://www.comoli-store.jp/item/y1',
        'JPY 64,900 at Comoli',
      );
    expect(found(body)).toEqual([
      ['Auralee', 'Super Light Wool Shirt', { amount: 41800, currency: 'JPY' }, 'Auralee'],
      ['Comoli', 'Wool Gabardine Jacket', { amount: 64900, currency: 'JPY' }, 'Comoli'],
    ]);
  });

  it('keeps prose without a closing sentence out of that rule: a price in running text is no offer', () => {
    const body =
      '<h2>Comoli Wool Gabardine Jacket</h2><p>It used to cost <a href="https://www.comoli-store.jp/item/y1">¥40,000 at Comoli</a> and more</p>';
    // Whether the heading with its shop link is a pick is the scorer's call (retrained on 396 pages it takes it);
    // what this rule guards is the price: a past price in running text is never the offer's.
    const got = found(body);
    expect(got.length).toBeLessThanOrEqual(1);
    expect(got.map((m) => m[2])).toEqual(got.map(() => null));
  });

  it('does not name a product after a "Pros" or "Cons" label, and takes the name field over a badge title', () => {
    const block = (badge: string, name: string, href: string, buy: string) =>
      `<section class="product-review"><h3 class="product-title">${badge}</h3><div class="product-name">${name}</div>` +
      '<div class="rating">★★★★ 4.5/5</div><div class="pros"><strong>Pros</strong><ul><li>Light</li></ul></div>' +
      '<div class="cons"><strong>Cons</strong><ul><li>Small bin</li></ul></div>' +
      `<p>It did well on every floor in our tests, and the battery outlasted most rivals we tried.</p><a href="${href}">${buy}</a></section>`;
    const body =
      block(
        '1. Best Overall',
        'Dyson V15 Detect Cordless Vacuum',
        'https://www.walmart.com/ip/1',
        '$649.99 at Walmart',
      ) +
      block(
        '2. Best Value',
        'Shark Stratos Cordless Stick Vacuum',
        'https://www.walmart.com/ip/2',
        '$379.00 at Walmart',
      );
    expect(found(body)).toEqual([
      ['Dyson', 'V15 Detect Cordless Vacuum', { amount: 649.99, currency: 'USD' }, 'Walmart'],
      ['Shark', 'Stratos Cordless Stick Vacuum', { amount: 379, currency: 'USD' }, 'Walmart'],
    ]);
  });

  it('reads "Tas van <a>Brand</a>, € P bij Shop" as the brand’s bag, not a product called the brand', () => {
    const body =
      '<p>Tas van <a href="https://www.zalando.nl/mango-shopping-bag-m9151h1ab-o11.html">Mango</a>, € 89,95 bij Zalando</p>' +
      '<p>Tas van <a href="https://www.debijenkorf.nl/a-p-c-ninon-schoudertas-1234567890">A.P.C.</a>, € 395 bij de Bijenkorf</p>';
    expect(found(body, 'nl')).toEqual([
      ['Mango', 'Tas', { amount: 89.95, currency: 'EUR' }, 'Zalando'],
      ['A.P.C.', 'Tas', { amount: 395, currency: 'EUR' }, 'de Bijenkorf'],
    ]);
  });

  it('names the piece from the words after a link on the brand alone, up to its bracketed price', () => {
    const body =
      '<p>My favourite was this <a href="https://www.madewell.com/the-barn-jacket-NR123.html">Madewell</a> jacket ($120). It is roomy.</p>' +
      '<p>I also liked the <a href="https://www.everlane.com/products/womens-chore-jacket">Everlane</a> canvas chore jacket ($148), which is lighter.</p>';
    expect(found(body)).toEqual([
      ['Madewell', 'jacket', { amount: 120, currency: 'USD' }, 'Madewell'],
      ['Everlane', 'canvas chore jacket', { amount: 148, currency: 'USD' }, 'Everlane'],
    ]);
  });

  it('finds nothing when the words after a brand link are a clause rather than a piece before its price', () => {
    const body =
      '<p>Right now <a href="https://www.madewell.com/sale/women">Madewell</a> is taking a further 30% off and most jeans are $50 or less.</p>';
    expect(found(body)).toEqual([]);
  });

  // Was a known miss (the second item, an unlisted maker, scored under the boundary); passes again with the
  // model retrained on the Japanese credit candidates.
  it('takes an unlisted maker written after a one-word piece ("från", "by") as the brand', () => {
    const body =
      '<ul><li><a href="https://www.nelly.com/se/festklanningar/nly-one-1234/">Festklänning från NLY One</a>, 499 kr hos Nelly</li>' +
      '<li><a href="https://www.nelly.com/se/kjolar/sofie-schnoor-5678/">Kjol från Sofie Schnoor</a>, 1 299 kr hos Nelly</li></ul>';
    expect(found(body, 'sv').map((m) => [m[0], m[1], m[3]])).toEqual([
      ['NLY One', 'Festklänning', 'Nelly'],
      ['Sofie Schnoor', 'Kjol', 'Nelly'],
    ]);
  });
});
