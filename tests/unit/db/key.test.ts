import { describe, expect, it } from 'vitest';
import { itemKey, normalizeUrlKey, textKey } from '@/lib/db';

describe('normalizeUrlKey', () => {
  it('reduces two links to the same product page to one key', () => {
    const a = normalizeUrlKey(
      'HTTP://WWW.Arket.com/en_gbp/women/knitwear/product.wool-jumper-blue.1165322002.html#reviews',
    );
    const b = normalizeUrlKey(
      'https://arket.com/en_gbp/women/knitwear/product.wool-jumper-blue.1165322002.html?utm_source=vogue&utm_medium=affiliate&gclid=abc&fbclid=xyz',
    );
    expect(a).toBe('https://arket.com/en_gbp/women/knitwear/product.wool-jumper-blue.1165322002.html');
    expect(b).toBe(a);
  });

  it('keeps parameters that choose a product, sorted, and drops a trailing slash', () => {
    expect(normalizeUrlKey('https://www.cos.com/en-gb/product/?size=M&colour=black&utm_campaign=x')).toBe(
      'https://cos.com/en-gb/product?colour=black&size=M',
    );
    expect(normalizeUrlKey('https://shop.example.com/')).toBe('https://shop.example.com');
  });

  it('keeps the path case (paths are case-sensitive) and a non-default port', () => {
    expect(normalizeUrlKey('https://Shop.Example.com:8443/P/AbC')).toBe('https://shop.example.com:8443/P/AbC');
  });

  it('drops affiliate parameters, so a link from any article keys the same listing', () => {
    const plain = normalizeUrlKey('https://www.amazon.co.uk/dp/B0CHX3QBCH');
    expect(normalizeUrlKey('https://www.amazon.co.uk/dp/B0CHX3QBCH/?tag=magazine-21&linkCode=ogi&th=1&psc=1')).toBe(
      plain,
    );
    expect(plain).toBe('https://amazon.co.uk/dp/B0CHX3QBCH');
  });

  it('returns null for anything but an absolute http(s) URL', () => {
    expect(normalizeUrlKey('javascript:alert(1)')).toBeNull();
    expect(normalizeUrlKey('/relative/path')).toBeNull();
    expect(normalizeUrlKey('not a url')).toBeNull();
    expect(normalizeUrlKey('ftp://example.com/file')).toBeNull();
  });
});

describe('itemKey', () => {
  it('uses the normalised listing URL when there is one', () => {
    const key = itemKey({
      brand: 'Arket',
      name: 'Wool jumper',
      retailer: 'Arket',
      listingUrl: 'https://www.arket.com/p/1?utm_source=x',
    });
    expect(key).toBe('https://arket.com/p/1');
  });

  it('falls back to brand|name|retailer folded for case, accents, punctuation and spacing', () => {
    const a = itemKey({ brand: 'Sézane', name: 'Clint  Ankle-Boots', retailer: 'SEZANE', listingUrl: null });
    const b = itemKey({ brand: 'sezane', name: 'clint ankle boots!', retailer: 'Sezane' });
    expect(a).toBe('k:sezane|clint ankle boots|sezane');
    expect(b).toBe(a);
  });

  it('tells apart the same product at two retailers and an unusable URL falls back to text', () => {
    expect(textKey('Ganni', 'Logo tee', 'Selfridges')).not.toBe(textKey('Ganni', 'Logo tee', 'Ganni'));
    expect(itemKey({ brand: null, name: 'Logo tee', retailer: null, listingUrl: 'javascript:void(0)' })).toBe(
      'k:|logo tee|',
    );
  });
});
