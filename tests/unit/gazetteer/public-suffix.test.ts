import { describe, expect, it } from 'vitest';
import { cleanHost, publicSuffix, registrableDomain } from '@/lib/gazetteer/public-suffix';

describe('registrableDomain', () => {
  it('keeps the label left of the public suffix', () => {
    expect(registrableDomain('www2.hm.com')).toBe('hm.com');
    expect(registrableDomain('www.asos.co.uk')).toBe('asos.co.uk');
    expect(registrableDomain('shop.brand.com.au')).toBe('brand.com.au');
    expect(registrableDomain('store.co.jp')).toBe('store.co.jp');
    expect(registrableDomain('www.loja.com.br')).toBe('loja.com.br');
    expect(registrableDomain('asos.de')).toBe('asos.de');
  });

  it('treats hosting platforms as suffixes', () => {
    expect(registrableDomain('my-shop.myshopify.com')).toBe('my-shop.myshopify.com');
  });

  it('returns null for suffixes, IPs and garbage', () => {
    expect(registrableDomain('co.uk')).toBeNull();
    expect(registrableDomain('com')).toBeNull();
    expect(registrableDomain('10.0.0.1')).toBeNull();
    expect(registrableDomain('exa mple.com')).toBeNull();
    expect(registrableDomain('')).toBeNull();
  });
});

describe('cleanHost and publicSuffix', () => {
  it('normalises case, ports and trailing dots', () => {
    expect(cleanHost('WWW.Zara.COM.:8080')).toBe('www.zara.com');
    expect(cleanHost('-bad-.com')).toBeNull();
    expect(publicSuffix('a.b.co.uk')).toBe('co.uk');
    expect(publicSuffix('a.b.fr')).toBe('fr');
  });
});
