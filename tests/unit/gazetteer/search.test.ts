import { describe, expect, it } from 'vitest';
import { retailerSearch, searchUrlFor } from '@/lib/gazetteer/search';

describe('retailerSearch', () => {
  it('gives a search template for shops with server-rendered results', () => {
    const ssense = retailerSearch('SSENSE');
    expect(ssense.searchUrl).toBe('https://www.ssense.com/en-us/search?q={q}');
  });

  it('gives the platform for Shopify storefronts, by name, alias or domain', () => {
    expect(retailerSearch('Cult Gaia').platform).toBe('shopify');
    expect(retailerSearch('cultgaia.com').platform).toBe('shopify');
    expect(retailerSearch('Fashion Nova').platform).toBe('shopify');
  });

  it('returns an empty object for unknown shops', () => {
    expect(retailerSearch('Nowhere Boutique')).toEqual({});
    expect(retailerSearch('')).toEqual({});
  });

  it('returns a copy the caller may change', () => {
    const a = retailerSearch('SSENSE');
    a.searchUrl = 'changed';
    expect(retailerSearch('SSENSE').searchUrl).not.toBe('changed');
  });
});

describe('searchUrlFor', () => {
  it('fills {q} with the encoded query', () => {
    expect(searchUrlFor('https://www.ssense.com/en-us/search?q={q}', ' Ganni & co dress ')).toBe(
      'https://www.ssense.com/en-us/search?q=Ganni%20%26%20co%20dress',
    );
  });

  it('refuses a template without {q}', () => {
    expect(searchUrlFor('https://example.com/search', 'x')).toBeNull();
  });
});
