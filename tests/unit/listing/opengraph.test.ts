import { describe, expect, it } from 'vitest';
import { siteFreeTitle } from '@/lib/listing/opengraph';
import { readSource } from './read-source';

const meta = (p: string, c: string) => `<meta property="${p}" content="${c}">`;

describe('opengraph extractor', () => {
  it('prefers a sale price and never takes the original price', () => {
    const r = readSource(
      'opengraph',
      '',
      meta('product:original_price:amount', '80') +
        meta('product:price:amount', '64.00') +
        meta('product:sale_price:amount', '59.00') +
        meta('product:sale_price:currency', 'EUR'),
    );
    expect(r).toMatchObject({ price: 59, currency: 'EUR', regularPrices: [80] });
  });

  it('reads og:price:amount with a comma decimal and its currency', () => {
    const r = readSource('opengraph', '', meta('og:price:amount', '48,00') + meta('og:price:currency', 'usd'));
    expect(r).toMatchObject({ price: 48, currency: 'USD' });
  });

  it('treats og:price:standard_amount as the former price', () => {
    const r = readSource(
      'opengraph',
      '',
      meta('og:price:standard_amount', '150.00') + meta('product:price:amount', '120.00'),
    );
    expect(r).toMatchObject({ price: 120, regularPrices: [150] });
  });

  it('reads brand, availability and a protocol-relative image; skips favicons', () => {
    const r = readSource(
      'opengraph',
      '',
      meta('og:image', '/assets/favicon/android-icon-192x192') +
        meta('og:image', '//cdn.example.com/p/1.jpg') +
        meta('product:brand', 'Acme') +
        meta('product:availability', 'out of stock'),
    );
    expect(r).toMatchObject({ image: 'https://cdn.example.com/p/1.jpg', brand: 'Acme', availability: 'OutOfStock' });
  });

  it('accepts name= instead of property=', () => {
    expect(readSource('opengraph', '', '<meta name="og:title" content="Desk Lamp">').title).toBe('Desk Lamp');
  });
});

describe('siteFreeTitle', () => {
  const url = 'https://www.zalando-like.example.ie/p';
  it.each([
    ['Tommy MILKSHAKE - Across body bag - pink - Zalando-like.ie', null, 'Tommy MILKSHAKE - Across body bag - pink'],
    ['Buy Tapo C200 Camera | Smart home | Argos', 'Argos', 'Tapo C200 Camera | Smart home'],
    ['Northwind | Ribbed Dress', 'Northwind', 'Ribbed Dress'],
    ['Linen Apron', 'Quayside', 'Linen Apron'],
    ['Quayside', 'Quayside', 'Quayside'],
    ['Ghost costume - white - Kiabi - 15,00€', 'Kiabi', 'Ghost costume - white'],
  ])('%s → %s', (raw, site, want) => {
    expect(siteFreeTitle(raw, site, url)).toBe(want);
  });

  it('returns null for empty or placeholder titles', () => {
    expect(siteFreeTitle('  ', null, url)).toBeNull();
    expect(siteFreeTitle('{{ title }}', null, url)).toBeNull();
  });
});
