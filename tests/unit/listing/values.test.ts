import { describe, expect, it } from 'vitest';
import { normaliseAvailability } from '@/lib/listing/availability';
import { currencyInText, localCurrency, normaliseCurrency, readShownPrice } from '@/lib/listing/currency';
import { readMachineAmount } from '@/lib/listing/number';
import { cleanText, decodeEntities, isPlaceholder } from '@/lib/listing/text';
import { absoluteUrl, isSiteImage } from '@/lib/listing/url';

describe('readMachineAmount (structured data amounts)', () => {
  it.each([
    ['49.90', 49.9],
    ['2449.00', 2449],
    ['2.449', 2.449],
    ['48,00', 48],
    ['1.299,00', 1299],
    ['1,299.50', 1299.5],
    ['1,299', 1299],
    ['$49.00', 49],
    ['EUR 12', 12],
    ["1'299.00", 1299],
    ['1 299,00', 1299],
  ])('%s → %s', (text, want) => {
    expect(readMachineAmount(text)).toBe(want);
  });

  it('rejects text without a plausible amount', () => {
    expect(readMachineAmount('')).toBeNull();
    expect(readMachineAmount('free')).toBeNull();
    expect(readMachineAmount('1.2.3')).toBeNull();
    expect(readMachineAmount('99999999999')).toBeNull();
  });
});

describe('currency', () => {
  const ie = { pageUrl: 'https://shop.example.ie/p/1' };
  const ar = { pageUrl: 'https://www.tienda.example.com.ar/p/1' };
  const com = { pageUrl: 'https://www.shop.example.com/p/1' };

  it('accepts ISO codes in any case and rejects unknown ones', () => {
    expect(normaliseCurrency('eur', ie)).toBe('EUR');
    expect(normaliseCurrency(' GBP ', ie)).toBe('GBP');
    expect(normaliseCurrency('MAD', ie)).toBe('MAD');
    expect(normaliseCurrency('XYZ', ie)).toBeNull();
    expect(normaliseCurrency(42, ie)).toBeNull();
    expect(normaliseCurrency('', ie)).toBeNull();
  });

  it('maps symbols, and "$" by the page country', () => {
    expect(normaliseCurrency('€', com)).toBe('EUR');
    expect(normaliseCurrency('£', com)).toBe('GBP');
    expect(normaliseCurrency('$', com)).toBe('USD');
    expect(normaliseCurrency('$', ar)).toBe('ARS');
    expect(normaliseCurrency('$', { pageUrl: 'https://www.example.cl/x' })).toBe('CLP');
    expect(normaliseCurrency('$', { pageUrl: 'https://shop.example.ca/x' })).toBe('CAD');
    expect(normaliseCurrency('$', { pageUrl: 'https://shop.example.com/x', locale: 'en-CA' })).toBe('CAD');
  });

  it('knows the page country currency from its domain or locale', () => {
    expect(localCurrency(ie)).toBe('EUR');
    expect(localCurrency({ pageUrl: 'https://www.shop.example.co.uk/' })).toBe('GBP');
    expect(localCurrency(com)).toBeNull();
    expect(localCurrency({ pageUrl: 'https://www.shop.example.com/', locale: 'es_CL' })).toBe('CLP');
  });

  it('reads a shown price with its written currency only', () => {
    expect(readShownPrice('$2.449', ar)).toEqual({ amount: 2449, currency: 'ARS' });
    expect(readShownPrice('EUR110.00', com)).toEqual({ amount: 110, currency: 'EUR' });
    expect(readShownPrice('56,00 €', com)).toEqual({ amount: 56, currency: 'EUR' });
    expect(readShownPrice('49.10', com)).toEqual({ amount: 49.1, currency: null });
    expect(currencyInText('126 ر.س', com)).toBe('SAR');
    expect(currencyInText('TOP 12.95', com)).toBeNull();
  });
});

describe('normaliseAvailability', () => {
  it.each([
    ['http://schema.org/InStock', 'InStock'],
    ['https://schema.org/OutOfStock', 'OutOfStock'],
    ['InStock', 'InStock'],
    ['in stock', 'InStock'],
    ['instock', 'InStock'],
    ['in_stock', 'InStock'],
    ['out_of_stock', 'OutOfStock'],
    ['OUT OF STOCK', 'OutOfStock'],
    ['SoldOut', 'SoldOut'],
    ['http://schema.org/SoldOut', 'SoldOut'],
    ['schema:PreOrder', 'PreOrder'],
    ['pre-order', 'PreOrder'],
    ['LimitedAvailability', 'LimitedAvailability'],
    ['Discontinued', 'Discontinued'],
  ])('%s → %s', (v, want) => {
    expect(normaliseAvailability(v)).toBe(want);
  });

  it('returns null for unknown values and non-strings', () => {
    expect(normaliseAvailability('maybe')).toBeNull();
    expect(normaliseAvailability(3)).toBeNull();
    expect(normaliseAvailability(null)).toBeNull();
    expect(normaliseAvailability(true)).toBe('InStock');
  });
});

describe('text and URL helpers', () => {
  it('decodes entities, named, numeric and accented', () => {
    expect(decodeEntities('Tom &amp; Co &#39;24 &#x2F; caf&eacute; &Uuml;ber')).toBe("Tom & Co '24 / café Über");
    expect(decodeEntities('&bogus; stays')).toBe('&bogus; stays');
    expect(cleanText('  a \n\t b  ')).toBe('a b');
    expect(cleanText('   ')).toBeNull();
  });

  it('recognises unrendered template placeholders', () => {
    expect(isPlaceholder('$metabrand')).toBe(true);
    expect(isPlaceholder('{{ product.vendor }}')).toBe(true);
    expect(isPlaceholder('[%= name %]')).toBe(true);
    expect(isPlaceholder('Levi’s')).toBe(false);
    expect(isPlaceholder('$ave Club')).toBe(false);
  });

  it('resolves URLs to absolute http(s) only', () => {
    expect(absoluteUrl('/a.jpg', 'https://x.example/p/1')).toBe('https://x.example/a.jpg');
    expect(absoluteUrl('//cdn.example/a.jpg', 'https://x.example/')).toBe('https://cdn.example/a.jpg');
    expect(absoluteUrl('javascript:alert(1)', 'https://x.example/')).toBeNull();
    expect(absoluteUrl('data:image/png;base64,AA', 'https://x.example/')).toBeNull();
    expect(absoluteUrl({}, 'https://x.example/')).toBeNull();
  });

  it('tells site chrome images from product images', () => {
    expect(isSiteImage('https://x.example/assets/favicon/android-icon-192x192?v=1')).toBe(true);
    expect(isSiteImage('https://x.example/content/paris-logo.svg')).toBe(true);
    expect(isSiteImage('https://x.example/static/logo.png')).toBe(true);
    expect(isSiteImage('https://x.example/logos/brand.jpg')).toBe(true);
    expect(isSiteImage('https://x.example/p/logo-print-organic-tee-front.jpg')).toBe(false);
    expect(isSiteImage('https://x.example/p/12185160_Black_001.jpg')).toBe(false);
  });
});
