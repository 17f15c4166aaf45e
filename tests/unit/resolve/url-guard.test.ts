// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { blockedHost, checkUrl } from '@/lib/links/url-guard';
import { parseIPv4 } from '@/lib/links/ipv4';
import { parseIPv6 } from '@/lib/links/ipv6';

const prod = { allowTestHost: false };
const test = { allowTestHost: true };

describe('checkUrl (production rules)', () => {
  it.each([
    'https://www.net-a-porter.com/en-us/shop/product/1016843',
    'http://shop.mango.com/us/women/bag_23000539.html',
    'https://www.zara.com:443/us/en/x.html',
    'http://www.zara.com:80/',
    'https://8.8.8.8/',
    'https://[2606:4700::1111]/',
    'https://xn--80ak6aa92e.com/',
  ])('allows %s', (u) => {
    expect(checkUrl(u, prod).ok).toBe(true);
  });

  it.each([
    // loopback in every spelling
    'http://127.0.0.1/',
    'http://127.1/',
    'http://127.0.1/',
    'http://2130706433/',
    'http://0x7f000001/',
    'http://0x7f.0.0.1/',
    'http://0177.0.0.1/',
    'http://017700000001/',
    'http://127.255.255.254/',
    'http://[::1]/',
    'http://[0:0:0:0:0:0:0:1]/',
    'http://[::]/',
    'http://[::ffff:127.0.0.1]/',
    'http://[::ffff:7f00:1]/',
    'http://[::127.0.0.1]/',
    'http://[64:ff9b::127.0.0.1]/',
    'http://[2002:7f00:1::]/',
    // private networks
    'http://10.0.0.1/',
    'http://10.255.255.255/',
    'http://172.16.0.1/',
    'http://172.31.255.255/',
    'http://192.168.1.1/',
    'http://0xc0a80101/',
    'http://3232235777/',
    'http://100.64.0.1/',
    'http://100.127.255.255/',
    'http://169.254.169.254/latest/meta-data/',
    'http://0.0.0.0/',
    'http://0/',
    'http://[fc00::1]/',
    'http://[fd12:3456:789a::1]/',
    'http://[fe80::1]/',
    'http://[febf::1]/',
    'http://[::ffff:10.0.0.1]/',
    'http://[::ffff:192.168.0.1]/',
    'http://[ff02::1]/',
    'http://224.0.0.1/',
    'http://255.255.255.255/',
    // local names
    'http://localhost/',
    'http://LOCALHOST./',
    'http://foo.localhost/',
    'http://printer.local/',
    'http://db.internal/',
    'http://nas.home.arpa/',
    'http://router/',
    'http://intranet./',
    // schemes, credentials, ports
    'file:///etc/passwd',
    'ftp://ftp.example.com/',
    'javascript:alert(1)',
    'data:text/html,<p>x',
    'chrome://settings',
    'https://user:pass@www.zara.com/',
    'https://user@www.zara.com/',
    'https://www.zara.com:8080/',
    'http://www.zara.com:22/',
    'not a url',
    '',
  ])('blocks %s', (u) => {
    expect(checkUrl(u, prod).ok).toBe(false);
  });

  it('reports why a URL is blocked', () => {
    expect(checkUrl('http://127.1/', prod)).toEqual({ ok: false, why: 'private IPv4 address' });
    expect(checkUrl('http://[::ffff:127.0.0.1]/', prod)).toEqual({ ok: false, why: 'private IPv6 address' });
    expect(checkUrl('https://a:b@shop.com/', prod)).toEqual({ ok: false, why: 'credentials in URL' });
  });

  it('keeps the one test host closed in production', () => {
    expect(checkUrl('http://127.0.0.1:8123/retail/x', prod).ok).toBe(false);
  });
});

describe('checkUrl (test build)', () => {
  it('opens 127.0.0.1 on any port, and nothing else local', () => {
    expect(checkUrl('http://127.0.0.1:8123/retail/www.zara.com/x', test).ok).toBe(true);
    expect(checkUrl('http://127.0.0.2/', test).ok).toBe(false);
    expect(checkUrl('http://localhost:8123/', test).ok).toBe(false);
    expect(checkUrl('http://[::1]:8123/', test).ok).toBe(false);
    expect(checkUrl('http://192.168.0.1:8123/', test).ok).toBe(false);
  });
});

describe('blockedHost on raw host strings (no URL parser in front)', () => {
  it.each([
    '2130706433',
    '0x7f000001',
    '0177.0.0.1',
    '127.1',
    '0x7F.1',
    '::ffff:127.0.0.1',
    '[::1]',
    'fe80::1%eth0',
    '10.1',
  ])('blocks %s', (h) => {
    expect(blockedHost(h)).not.toBeNull();
  });

  it('blocks hosts whose last label is numeric rather than guess', () => {
    expect(blockedHost('shop.123')).toBe('numeric host');
    expect(blockedHost('1.2.3.4.5')).toBe('numeric host');
  });

  it('allows public addresses and names', () => {
    expect(blockedHost('93.184.216.34')).toBeNull();
    expect(blockedHost('2a00:1450:4001:82b::200e')).toBeNull();
    expect(blockedHost('www.ssense.com')).toBeNull();
  });
});

describe('address parsers', () => {
  it('reads IPv4 spellings as inet_aton does', () => {
    expect(parseIPv4('127.0.0.1')).toBe(0x7f000001);
    expect(parseIPv4('127.1')).toBe(0x7f000001);
    expect(parseIPv4('0x7f.0.0.1')).toBe(0x7f000001);
    expect(parseIPv4('0177.0.0.01')).toBe(0x7f000001);
    expect(parseIPv4('2130706433')).toBe(0x7f000001);
    expect(parseIPv4('192.168.257')).toBe(0xc0a80101);
    expect(parseIPv4('256.0.0.1')).toBeNull();
    expect(parseIPv4('4294967296')).toBeNull();
    expect(parseIPv4('08.0.0.1')).toBeNull();
    expect(parseIPv4('shop.com')).toBeNull();
  });

  it('reads IPv6 with compression and an IPv4 tail', () => {
    expect(parseIPv6('::1')).toEqual([0, 0, 0, 0, 0, 0, 0, 1]);
    expect(parseIPv6('[::ffff:127.0.0.1]')).toEqual([0, 0, 0, 0, 0, 0xffff, 0x7f00, 1]);
    expect(parseIPv6('fe80::1%25en0')).toEqual([0xfe80, 0, 0, 0, 0, 0, 0, 1]);
    expect(parseIPv6('1:2:3:4:5:6:7:8')).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(parseIPv6('1::2::3')).toBeNull();
    expect(parseIPv6('1:2:3:4:5:6:7:8:9')).toBeNull();
    expect(parseIPv6('12345::')).toBeNull();
    expect(parseIPv6('127.0.0.1')).toBeNull();
  });
});
