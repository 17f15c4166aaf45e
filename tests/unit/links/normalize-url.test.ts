import { describe, expect, it } from 'vitest';
import { normalizeUrl } from '@/lib/links';

describe('normalizeUrl', () => {
  it('lower-cases the host, drops default ports and fragments', () => {
    expect(normalizeUrl('HTTPS://WWW.Zara.COM:443/us/en/Blazer-P1.html#reviews')).toBe(
      'https://www.zara.com/us/en/Blazer-P1.html',
    );
    expect(normalizeUrl('http://shop.example.com:80/a')).toBe('http://shop.example.com/a');
    expect(normalizeUrl('https://shop.example.com:8443/a')).toBe('https://shop.example.com:8443/a');
  });

  it('drops click-tracking parameters and keeps product ones, sorted', () => {
    const url =
      'https://www.example.com/p/dress?utm_source=ig&size=M&gclid=1&color=red&fbclid=2&ranMID=3&ranEAID=4&ranSiteID=5&siteID=6&clickref=7&_branch_match_id=8&irclickid=9&mc_cid=10&variant=123';
    expect(normalizeUrl(url)).toBe('https://www.example.com/p/dress?color=red&size=M&variant=123');
  });

  it('matches tracking names regardless of case', () => {
    expect(normalizeUrl('https://a.com/x?UTM_Medium=email&Gclid=1&id=5')).toBe('https://a.com/x?id=5');
  });

  it('drops Amazon associate tags only on Amazon', () => {
    expect(normalizeUrl('https://www.amazon.co.uk/dp/B01?tag=mag-21&linkCode=ll1&th=1')).toBe(
      'https://www.amazon.co.uk/dp/B01',
    );
    expect(normalizeUrl('https://shop.example.com/search?tag=linen')).toBe('https://shop.example.com/search?tag=linen');
  });

  it('gives the same form for links that differ only in tracking and order', () => {
    const a = normalizeUrl('https://Shop.com/p?b=2&a=1&utm_campaign=x#top');
    const b = normalizeUrl('https://shop.com/p?a=1&b=2&fbclid=y');
    expect(a).toBe(b);
  });

  it('drops credentials and an empty query', () => {
    expect(normalizeUrl('https://user:pw@shop.com/p?utm_source=x')).toBe('https://shop.com/p');
  });

  it('returns null for non-http and garbage', () => {
    for (const bad of ['', 'mailto:a@b.com', 'javascript:alert(1)', '/relative/path', 'https://', 'x'.repeat(20000)]) {
      expect(normalizeUrl(bad)).toBeNull();
    }
    expect(normalizeUrl(null as unknown as string)).toBeNull();
  });
});
