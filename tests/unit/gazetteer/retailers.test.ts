import { describe, expect, it } from 'vitest';
import { allRetailers, lookupRetailer, retailerForHost } from '@/lib/gazetteer';

describe('lookupRetailer', () => {
  it('finds shops by any spelling of their name', () => {
    for (const text of ['Net-a-Porter', 'NET-A-PORTER', 'net a porter', 'Net a Porter']) {
      expect(lookupRetailer(text)?.name, text).toBe('Net-a-Porter');
    }
    expect(lookupRetailer('Nordstrom Rack')?.name).toBe('Nordstrom Rack');
    expect(lookupRetailer('Nordstrom')?.name).toBe('Nordstrom');
    expect(lookupRetailer('Moda Operandi')?.name).toBe('Moda Operandi');
    expect(lookupRetailer('ssense')?.name).toBe('SSENSE');
    expect(lookupRetailer('Opening Ceremony')?.name).toBe('Opening Ceremony');
    expect(lookupRetailer('Need Supply Co.')?.name).toBe('Need Supply Co.');
    expect(lookupRetailer('Need Supply')?.name).toBe('Need Supply Co.');
    expect(lookupRetailer('Bloomingdale’s')?.name).toBe("Bloomingdale's");
  });

  it('returns the shop with its domains', () => {
    const asos = lookupRetailer('ASOS');
    expect(asos?.domains).toContain('asos.com');
    expect(asos?.domains).toContain('asos.de');
  });

  it('accepts a bare domain', () => {
    expect(lookupRetailer('ssense.com')?.name).toBe('SSENSE');
    expect(lookupRetailer('www.net-a-porter.com')?.name).toBe('Net-a-Porter');
  });

  it('returns null for unknown names and bad input', () => {
    expect(lookupRetailer('My Aunt’s Boutique')).toBeNull();
    expect(lookupRetailer('')).toBeNull();
    expect(lookupRetailer(42 as unknown as string)).toBeNull();
  });
});

describe('retailerForHost', () => {
  it('matches registrable domains through subdomains', () => {
    expect(retailerForHost('www.net-a-porter.com')?.name).toBe('Net-a-Porter');
    expect(retailerForHost('shop.mango.com')?.name).toBe('Mango');
    expect(retailerForHost('www2.hm.com')?.name).toBe('H&M');
    expect(retailerForHost('WWW.SSENSE.COM.')?.name).toBe('SSENSE');
    expect(retailerForHost('www.asos.com:443')?.name).toBe('ASOS');
  });

  it('matches country domains', () => {
    expect(retailerForHost('asos.de')?.name).toBe('ASOS');
    expect(retailerForHost('www.zalando.co.uk')?.name).toBe('Zalando');
    expect(retailerForHost('amazon.co.uk')?.name).toBe('Amazon');
    expect(retailerForHost('www.amazon.com.au')?.name).toBe('Amazon');
  });

  it('lets "label.*" entries cover suffixes not listed', () => {
    expect(retailerForHost('zalando.lt')?.name).toBe('Zalando');
    expect(retailerForHost('www.aboutyou.sk')?.name).toBe('About You');
  });

  it('lets a listed subdomain win over its parent', () => {
    expect(retailerForHost('oldnavy.gap.com')?.name).toBe('Old Navy');
    expect(retailerForHost('www.gap.com')?.name).toBe('Gap');
  });

  it('recognises a brand’s own shop from its domain label', () => {
    expect(retailerForHost('www.acnestudios.com')).toEqual({ name: 'Acne Studios', domains: ['acnestudios.com'] });
    expect(retailerForHost('www.sandro-paris.com')?.name).toBe('Sandro');
    expect(retailerForHost('rarebeauty.com')?.name).toBe('Rare Beauty');
  });

  it('never turns an ambiguous word domain into a brand shop', () => {
    expect(retailerForHost('monday.com')).toBeNull();
    expect(retailerForHost('essence.com')).toBeNull();
  });

  it('returns null for unknown hosts, IPs and garbage', () => {
    expect(retailerForHost('example.com')).toBeNull();
    expect(retailerForHost('192.168.0.1')).toBeNull();
    expect(retailerForHost('co.uk')).toBeNull();
    expect(retailerForHost('not a host')).toBeNull();
    expect(retailerForHost('')).toBeNull();
    expect(retailerForHost(null as unknown as string)).toBeNull();
  });
});

describe('retailer data', () => {
  it('holds at least 300 retailers, each with a domain', () => {
    const all = allRetailers();
    expect(all.length).toBeGreaterThanOrEqual(300);
    expect(new Set(all.map((r) => r.name)).size).toBe(all.length);
    for (const r of all) expect(r.domains.length, r.name).toBeGreaterThan(0);
  });

  it('maps each listed domain back to its retailer', () => {
    for (const r of allRetailers()) {
      for (const d of r.domains) expect(retailerForHost(`www.${d}`)?.name, d).toBe(r.name);
    }
  });
});
