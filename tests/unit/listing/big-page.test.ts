import { describe, expect, it } from 'vitest';
import { extractListing } from '@/lib/listing';

/** A product page of several megabytes: inline bundles, styles, SVG sprites and a long rail of tiles. */
function bigPage(): string {
  const bundle = `<script>window.__bundle = "${'a'.repeat(1_500_000)}";</script>`;
  const styles = `<style>${'.c{color:red}'.repeat(80_000)}</style>`;
  const sprite = `<svg style="display:none">${'<symbol id="i"><path d="M0 0h24v24H0z"/></symbol>'.repeat(15_000)}</svg>`;
  const tiles = Array.from(
    { length: 4_000 },
    (_, i) =>
      `<li class="product-tile"><img src="/t/${i}.jpg" alt="Other product ${i}"><span class="price">€${(i % 90) + 10}.00</span><button>Add to bag</button></li>`,
  ).join('');
  const product = {
    '@context': 'https://schema.org',
    '@type': 'Product',
    name: 'Heavyweight Hoodie',
    brand: { '@type': 'Brand', name: 'Dockside' },
    image: 'https://cdn.dockside.example/hoodie/1.jpg',
    offers: { '@type': 'Offer', price: '79.00', priceCurrency: 'EUR', availability: 'https://schema.org/InStock' },
  };
  return (
    `<!doctype html><html lang="en-IE"><head><title>Heavyweight Hoodie | Dockside</title>${styles}${bundle}` +
    `<link rel="canonical" href="https://dockside.example/hoodie"><script type="application/ld+json">${JSON.stringify(product)}</script></head>` +
    `<body>${sprite}<main><h1>Heavyweight Hoodie</h1><span class="price">€79.00</span></main>` +
    `<section class="recommendations"><ul>${tiles}</ul></section>${bundle}</body></html>`
  );
}

describe('multi-megabyte pages', () => {
  it('reads the listing from a 5 MB page', { timeout: 30_000 }, () => {
    const html = bigPage();
    expect(html.length).toBeGreaterThan(5_000_000);
    expect(extractListing(html, 'https://dockside.example/hoodie?size=m')).toEqual({
      title: 'Heavyweight Hoodie',
      brand: 'Dockside',
      price: 79,
      currency: 'EUR',
      availability: 'InStock',
      image: 'https://cdn.dockside.example/hoodie/1.jpg',
      url: 'https://dockside.example/hoodie',
    });
  });
});
