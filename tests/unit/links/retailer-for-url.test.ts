import { describe, expect, it } from 'vitest';
import { isHttpUrl, retailerForUrl } from '@/lib/links';

describe('retailerForUrl', () => {
  it('names the shop of a direct link', () => {
    expect(retailerForUrl('https://www.ssense.com/en-us/women/product/ganni/dress/123')?.name).toBe('SSENSE');
    expect(retailerForUrl('https://shop.mango.com/gb/women/skirts/midi')?.name).toBe('Mango');
    expect(retailerForUrl('https://www.zalando.co.uk/ganni-dress.html')?.name).toBe('Zalando');
  });

  it('looks through affiliate wrappers', () => {
    const dest = 'https://www.shopbop.com/dress/vp/v=1/1234.htm';
    const wrapped = `https://go.skimresources.com/?id=1X2&url=${encodeURIComponent(dest)}`;
    expect(retailerForUrl(wrapped)?.name).toBe('Shopbop');
  });

  it('returns null for shorteners, unknown shops and garbage', () => {
    expect(retailerForUrl('https://bit.ly/3abc')).toBeNull();
    expect(retailerForUrl('https://example.org/p/1')).toBeNull();
    expect(retailerForUrl('not a url')).toBeNull();
    expect(retailerForUrl('')).toBeNull();
  });
});

describe('isHttpUrl', () => {
  it('accepts only absolute http and https URLs', () => {
    expect(isHttpUrl('https://www.zara.com/')).toBe(true);
    expect(isHttpUrl('http://zara.com')).toBe(true);
    expect(isHttpUrl('HTTPS://ZARA.COM')).toBe(true);
    for (const bad of [
      'ftp://zara.com',
      'javascript:alert(1)',
      'data:text/html,hi',
      '//zara.com',
      'zara.com',
      '',
      'https://',
    ]) {
      expect(isHttpUrl(bad), bad).toBe(false);
    }
    expect(isHttpUrl(undefined)).toBe(false);
  });
});
