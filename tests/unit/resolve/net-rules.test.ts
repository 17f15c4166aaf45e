// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { netGuardRules, cidrHostRegex, type NetGuardRule } from '@/lib/resolve/net-rules';
import { checkUrl } from '@/lib/links/url-guard';

const ME = 'abcdefghijklmnopabcdefghijklmnop';

/**
 * How a browser applies declarativeNetRequest rules to one request hop: among matching rules the
 * highest priority wins and, at equal priority, allow beats block (Chrome's and Firefox's order).
 * Regexes are matched case-insensitively, as isUrlFilterCaseSensitive defaults to false.
 */
function blocksHop(rules: NetGuardRule[], url: string, initiator = ME): boolean {
  const hits = rules.filter(
    (r) => r.condition.initiatorDomains.includes(initiator) && new RegExp(r.condition.regexFilter, 'i').test(url),
  );
  if (hits.length === 0) return false;
  const top = Math.max(...hits.map((r) => r.priority));
  return !hits.some((r) => r.priority === top && r.action.type === 'allow');
}

const production = netGuardRules(ME, { allowTestHost: false });
const testBuild = netGuardRules(ME, { allowTestHost: true });

// Canonical URLs as a browser hands them to its network stack (hosts lower-case, IPv4 dotted, IPv6 compressed).
const BLOCKED = [
  'http://127.0.0.1/',
  'http://127.0.0.2:8080/steal?x=1',
  'https://10.1.2.3/',
  'http://172.16.0.1/',
  'http://172.31.255.255/',
  'http://192.168.1.1/admin',
  'http://169.254.169.254/latest/meta-data/',
  'http://100.64.0.1/',
  'http://100.127.255.255/',
  'http://0.0.0.0/',
  'http://198.18.0.1/',
  'http://198.19.255.1/',
  'http://224.0.0.1/',
  'http://255.255.255.255/',
  'http://[::1]/',
  'http://[fd00::1]:8080/',
  'http://[fe80::1]/',
  'http://[::ffff:7f00:1]/',
  'http://localhost/',
  'http://localhost:3000/x',
  'http://shop.localhost/',
  'http://printer.local/',
  'http://nas.home.arpa/',
  'http://router/',
  'http://router.lan/',
  'http://user:pw@192.168.0.1/',
];
const ALLOWED = [
  'https://www.zara.com/us/en/bag-p1.html',
  'https://shop.mango.com/',
  'http://8.8.8.8/',
  'http://172.15.0.1/',
  'http://172.32.0.1/',
  'http://100.63.0.1/',
  'http://100.128.0.1/',
  'http://192.169.0.1/',
  'http://11.0.0.1/',
  'https://10.example.com/',
  'https://127.0.0.1.example.com/',
  'https://local.shop.com/localhost',
  'https://www.net-a-porter.com/en-us/?to=http://127.0.0.1/',
  'https://example.com/@127.0.0.1/',
];

describe('network guard rules (every redirect hop, enforced by the browser)', () => {
  it.each(BLOCKED)('blocks a hop to %s, as the URL guard does', (url) => {
    expect(checkUrl(url, { allowTestHost: false }).ok).toBe(false);
    expect(blocksHop(production, url)).toBe(true);
  });

  it.each(ALLOWED)('lets a hop to %s through', (url) => {
    expect(blocksHop(production, url)).toBe(false);
  });

  it('agrees with the URL guard on every address of each blocked range’s edges and neighbours', () => {
    const disagree: string[] = [];
    for (let a = 0; a < 256; a++) {
      for (const b of [0, 15, 16, 17, 31, 32, 63, 64, 100, 127, 128, 167, 168, 169, 254, 255]) {
        for (const c of [0, 2, 51, 113, 255]) {
          const url = `http://${a}.${b}.${c}.1/`;
          if (blocksHop(production, url) !== !checkUrl(url, { allowTestHost: false }).ok) disagree.push(url);
        }
      }
    }
    expect(disagree).toEqual([]);
  });

  it('applies only to Magpie’s own requests, never to the reader’s browsing or other extensions', () => {
    expect(blocksHop(production, 'http://192.168.1.1/', 'someone-else')).toBe(false);
    for (const r of production) expect(r.condition.initiatorDomains).toEqual([ME]);
  });

  it('lets a test build reach the fixture shops on 127.0.0.1, and nothing else private', () => {
    expect(blocksHop(testBuild, 'http://127.0.0.1:8123/retail/www.zara.com/x')).toBe(false);
    expect(blocksHop(testBuild, 'http://127.0.0.2:8123/steal')).toBe(true);
    expect(blocksHop(testBuild, 'http://127.0.0.10/')).toBe(true);
    expect(blocksHop(testBuild, 'http://127.0.0.1.evil.com/')).toBe(false);
    expect(blocksHop(testBuild, 'http://192.168.1.1/')).toBe(true);
    expect(production.some((r) => r.action.type === 'allow')).toBe(false);
  });

  it('uses regexes a browser’s RE2 accepts: no lookaround or backreferences, unique ids, small patterns', () => {
    const ids = new Set(testBuild.map((r) => r.id));
    expect(ids.size).toBe(testBuild.length);
    for (const r of testBuild) {
      expect(r.condition.regexFilter).not.toMatch(/\(\?[=!<]|\\[1-9]/);
      expect(r.condition.regexFilter.length).toBeLessThan(1000);
    }
  });

  it('writes a CIDR range as the exact dotted-decimal set', () => {
    const re = new RegExp(`^${cidrHostRegex('172.16.0.0', 12)}$`);
    expect(re.test('172.16.0.0')).toBe(true);
    expect(re.test('172.31.9.9')).toBe(true);
    expect(re.test('172.32.0.0')).toBe(false);
    expect(re.test('172.15.255.255')).toBe(false);
  });
});
