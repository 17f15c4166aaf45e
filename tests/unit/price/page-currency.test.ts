import { describe, expect, it } from 'vitest';
import { pageCurrency } from '@/lib/price';

describe('pageCurrency: one page currency for the detector and the listing reader', () => {
  it('reads the host, then the locale, then a stated country', () => {
    expect(pageCurrency('www.shop.example.cl', 'es')).toBe('CLP');
    expect(pageCurrency('shop.example.com', 'en-NZ')).toBe('NZD');
    expect(pageCurrency('shop.example.com', 'es', 'Chile')).toBe('CLP');
    expect(pageCurrency('shop.example.com', 'es', { country: 'AR' })).toBe('ARS');
    expect(pageCurrency('shop.example.com', 'en')).toBeNull();
  });

  it('lets a country domain outweigh one disagreeing locale tag, but not two', () => {
    expect(pageCurrency('www.example.co.uk', 'en-US')).toBe('GBP');
    expect(pageCurrency('www.example.co.uk', 'en-US', { locales: ['en_US'] })).toBe('USD');
  });

  it('takes a country segment of the path and the owning shop country domains', () => {
    expect(pageCurrency('www.example.com', null, { path: '/hk/style/bags' })).toBe('HKD');
    expect(pageCurrency('www.example.com', null, { path: '/en-ca/women/' })).toBe('CAD');
    expect(pageCurrency('www.example.com', null, { path: '/en/women/' })).toBeNull();
    expect(pageCurrency('shop.example.com', null, { shopHosts: ['example.com.au', 'example.au'] })).toBe('AUD');
    expect(pageCurrency('shop.example.com', null, { shopHosts: ['example.com.au', 'example.co.uk'] })).toBeNull();
  });

  it('lets weak hints (links, places named) settle a dollar only', () => {
    const toronto = 'Bought in Toronto; the Vancouver and Calgary stores have it too.';
    expect(pageCurrency('news.example.com', 'en', { text: toronto })).toBe('CAD');
    expect(pageCurrency('news.example.com', 'en', { text: 'Bought in Berlin and Toronto.' })).toBeNull();
    expect(
      pageCurrency('news.example.com', 'en', { linkedHosts: ['a.example.ca', 'b.example.ca', 'c.example.ca'] }),
    ).toBe('CAD');
    expect(pageCurrency('news.example.com', 'en', { linkedHosts: ['a.example.de', 'b.example.de'] })).toBeNull();
    // the page's own host is not a link hint
    expect(pageCurrency('www.example.ca', 'en-US', { linkedHosts: ['www.example.ca'] })).toBe('CAD');
  });
});
