import { describe, expect, it } from 'vitest';
import { isShortener } from '@/lib/links';

describe('isShortener', () => {
  it.each([
    'https://bit.ly/3xYzAbC',
    'https://shopstyle.it/l/bQx1z',
    'https://rstyle.me/+AbCdEfGh',
    'http://liketk.it/3kLmN',
    'https://howl.me/cXyZ',
    'https://shop-links.co/1234567890',
    'https://amzn.to/3AbCdEf',
    'https://go.shopmy.us/p-12345',
    'https://shopmy.us/collections/1234',
    'https://go.magik.ly/ml/1abcd/',
    'https://prf.hn/l/AbCdEf',
    'https://t.co/AbC123',
  ])('%s needs a fetch', (url) => {
    expect(isShortener(url)).toBe(true);
  });

  it('counts a known wrapper without a destination as needing a fetch', () => {
    expect(isShortener('https://click.linksynergy.com/link?id=X&offerid=1&type=2')).toBe(true);
    expect(isShortener('https://brand.sjv.io/AbC12')).toBe(true);
  });

  it('does not count readable wrappers or shop links', () => {
    expect(isShortener(`https://go.skimresources.com/?url=${encodeURIComponent('https://www.zara.com/')}`)).toBe(false);
    expect(isShortener('https://www.zara.com/us/en/linen-blazer-p02010707.html')).toBe(false);
    expect(isShortener('https://example.com/c/1/2/3')).toBe(false);
    expect(isShortener('https://notbit.ly.example.com/x')).toBe(false);
  });

  it('is false for garbage', () => {
    expect(isShortener('')).toBe(false);
    expect(isShortener('bit.ly/abc')).toBe(false);
    expect(isShortener(undefined as unknown as string)).toBe(false);
  });
});
