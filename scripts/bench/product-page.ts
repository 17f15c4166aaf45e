/**
 * A generated retailer product page of any size, shaped like a big real one: a style block, JSON-LD,
 * an app-state script, a mega-menu, the product, a grid of recommended products (each with its own
 * price: the extractor must not take theirs), reviews, an SVG sprite and a footer.
 */
import type { Listing } from '../../lib/listing';
import { fillTo } from './pages';

/** The page's own product, as the extractor should read it at any size. */
export const EXPECTED: Pick<Listing, 'title' | 'brand' | 'price' | 'currency' | 'availability'> = {
  title: 'Wool Blend Wrap Coat',
  brand: 'Fernhill',
  price: 189,
  currency: 'GBP',
  availability: 'InStock',
};

export const PRODUCT_URL = 'https://shop.fernhill.example/gb/wool-blend-wrap-coat-p2231.html?colour=camel';
const CANONICAL = 'https://shop.fernhill.example/gb/wool-blend-wrap-coat-p2231.html';
const KINDS = ['Cardigan', 'Trench Coat', 'Ankle Boot', 'Silk Shirt', 'Wide Leg Trouser', 'Knit Dress', 'Leather Belt'];

const css = (k: number) =>
  `.c${k}{margin:${k % 9}px ${k % 5}px;color:#${((k * 2654435761) % 0xffffff).toString(16).padStart(6, '0')}}` +
  `.c${k}:hover{opacity:.${k % 10}}\n`;
const state = (k: number) =>
  `{"id":${9000 + k},"name":"Recommended ${KINDS[k % KINDS.length]} ${k}",` +
  `"price":${29 + (k % 200)}.00,"colours":["black","camel"]},`;
const menu = (k: number) => `<li class="nav-item"><a href="/gb/c/${k}">${KINDS[k % KINDS.length]}s, edit ${k}</a></li>`;
const tile = (k: number) =>
  `<div class="product-tile" data-id="${9000 + k}"><a href="/gb/recommended-${k}-p${9000 + k}.html">` +
  `<img src="https://img.fernhill.example/p${9000 + k}/w320.jpg" alt="">` +
  `<span class="tile-brand">Fernhill</span><span class="tile-name">${KINDS[k % KINDS.length]} ${k}</span>` +
  `<span class="price">£${29 + (k % 200)}.00</span></a>` +
  `<button class="wishlist" aria-label="Save">Save</button></div>`;
const review = (k: number) =>
  `<div class="review"><h4>${k % 3 ? 'Lovely coat' : 'Runs large'}</h4>` +
  `<p>Reviewer ${k} bought a size ${8 + (k % 4) * 2}; ` +
  `the wool is soft, the belt sits at the waist and it kept out a cold morning.</p>` +
  `<span class="stars">${(k % 5) + 1} of 5</span></div>`;
const icon = (k: number) =>
  `<symbol id="i${k}" viewBox="0 0 24 24">` +
  `<path d="M${k % 24} 2l${k % 7} 7h7l-5.5 4 2 7-5.5-4-5.5 4 2-7L2 9h7z"/></symbol>`;

const JSON_LD = JSON.stringify({
  '@context': 'https://schema.org',
  '@type': 'Product',
  name: EXPECTED.title,
  brand: { '@type': 'Brand', name: EXPECTED.brand },
  sku: 'P2231',
  image: ['https://img.fernhill.example/p2231/w1600/front.jpg'],
  offers: ['6', '8', '10', '12', '14'].map((size) => ({
    '@type': 'Offer',
    sku: `P2231-${size}`,
    price: '189.00',
    priceCurrency: 'GBP',
    availability: `https://schema.org/${size === '6' ? 'OutOfStock' : 'InStock'}`,
  })),
});

/** A product page of about `chars` characters (never less than its fixed parts, about 3 KB). */
const SIZES =
  '<ul class="sizes"><li class="size size--disabled">6</li>' +
  '<li class="size">8</li><li class="size">10</li><li class="size">12</li><li class="size">14</li></ul>';

export function productPage(chars: number): string {
  const part = (share: number, chunk: (k: number) => string) => fillTo(Math.max(1, chars * share), chunk);
  return `<!doctype html><html lang="en-GB"><head><meta charset="utf-8">
<title>${EXPECTED.title} | Fernhill</title>
<link rel="canonical" href="${CANONICAL}">
<meta property="og:type" content="product"><meta property="og:title" content="${EXPECTED.title}">
<meta property="og:image" content="https://img.fernhill.example/p2231/w1200/front.jpg">
<style>${part(0.08, css)}</style>
<script type="application/ld+json">${JSON_LD}</script>
<script>window.__APP_STATE__={"recommended":[${part(0.1, state)}{}]};</script>
</head><body>
<header><nav class="mega-menu"><ul>${part(0.1, menu)}</ul></nav></header>
<main><div class="pdp">
<div class="pdp-gallery"><img src="https://img.fernhill.example/p2231/w800/front.jpg" alt="${EXPECTED.title}"></div>
<div class="pdp-info"><p class="pdp-brand">${EXPECTED.brand}</p><h1 class="product-title">${EXPECTED.title}</h1>
<div class="pdp-price"><span class="price">£189.00</span></div>
${SIZES}
<button class="add-to-bag" type="submit">Add to bag</button>
<p class="pdp-description">A wrap coat in a wool blend, belted at the waist, with deep patch pockets.</p></div></div>
<section class="recommendations"><h2>You may also like</h2>${part(0.5, tile)}</section>
<section class="reviews"><h2>Reviews</h2>${part(0.19, review)}</section>
</main>
<svg style="display:none">${part(0.03, icon)}</svg>
<footer><a href="/gb/help">Help</a> <a href="/gb/returns">Returns</a></footer>
</body></html>`;
}

/** Whether a listing read from a generated page is the page's own product. */
export function readsRight(l: Listing): boolean {
  return (Object.keys(EXPECTED) as (keyof typeof EXPECTED)[]).every((k) => l[k] === EXPECTED[k]);
}
