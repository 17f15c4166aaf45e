import { BLOCKED_V4 } from '../links/ipv4';
import { LOCAL_SUFFIXES, TEST_HOST } from '../links/url-guard';

/**
 * The network half of the URL guard: declarativeNetRequest rules that block every request
 * Magpie itself makes (initiator = Magpie's own origin) to a private, loopback, link-local or
 * reserved IPv4 address, any IPv6 literal, `localhost` and local-network names, and single-label
 * hosts. The browser applies them to each redirect hop before it is sent, which fetch() cannot:
 * with `redirect: 'manual'` Chromium and Firefox both return an opaque redirect (status 0, no
 * Location) to extension code, so hops cannot be checked in JavaScript. Pure data, so both
 * browsers and the unit tests share one definition.
 *
 * Hosts reach the rules in their canonical URL form (the browser parses 0x7f.1 to 127.0.0.1 and
 * compresses IPv6), so matching dotted-decimal ranges is enough. IPv6 literals are blocked whole:
 * shops do not publish bracketed addresses, and one rule is easier to trust than a regex per
 * embedding of IPv4 in IPv6.
 */

/** The subset of a declarativeNetRequest rule Magpie uses. */
export interface NetGuardRule {
  id: number;
  priority: number;
  action: { type: 'block' | 'allow' };
  condition: { regexFilter: string; initiatorDomains: string[] };
}

/** Session rule ids Magpie owns start here (it has no other session rules). */
export const NET_RULE_BASE_ID = 1000;

const SCHEME = '^[a-z][a-z0-9+.-]*://(?:[^/?#@]*@)?';
const END = '\\.?(?::[0-9]+)?(?:[/?#]|$)';
const ANY_OCTET = '[0-9]{1,3}';

/** A regex alternative matching the decimal numbers lo..hi (0 ≤ lo ≤ hi ≤ 255). */
function octetRange(lo: number, hi: number): string {
  if (lo === 0 && hi === 255) return ANY_OCTET;
  if (lo === hi) return String(lo);
  const all: string[] = [];
  for (let n = lo; n <= hi; n++) all.push(String(n));
  return `(?:${all.join('|')})`;
}

/** A host regex for the dotted-decimal addresses in base/bits. */
export function cidrHostRegex(base: string, bits: number): string {
  const octets = base.split('.').map(Number);
  const parts: string[] = [];
  for (let i = 0; i < 4; i++) {
    const fixedBits = Math.max(0, Math.min(8, bits - 8 * i));
    const size = 2 ** (8 - fixedBits);
    const lo = Math.floor((octets[i] ?? 0) / size) * size;
    parts.push(octetRange(lo, lo + size - 1));
  }
  return parts.join('\\.');
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Host regexes (without scheme or port) the guard blocks at the network, one rule each. */
export function blockedHostRegexes(): string[] {
  const label = '[^/?#@:\\[\\]]+';
  const suffixes = LOCAL_SUFFIXES.map((s) => escape(s.slice(1))).join('|');
  return [
    ...BLOCKED_V4.map(([base, bits]) => cidrHostRegex(base, bits)),
    '\\[[0-9a-f:.%]+\\]', // any IPv6 literal
    `(?:${label}\\.)?localhost`,
    `${label}\\.(?:${suffixes})`,
    '[^/?#@:.\\[\\]]+', // single label: intranet names like http://router/
  ];
}

/**
 * The rules for Magpie's origin host (`chrome.runtime.id` in Chromium, the moz-extension UUID in
 * Firefox). A test build adds one allow rule, above the blocks, for the fixture shops on
 * 127.0.0.1 only: a hop to 127.0.0.2 is still blocked there.
 */
export function netGuardRules(initiator: string, opts: { allowTestHost: boolean }): NetGuardRule[] {
  const initiatorDomains = [initiator];
  const rules: NetGuardRule[] = blockedHostRegexes().map((host, i) => ({
    id: NET_RULE_BASE_ID + i,
    priority: 1,
    action: { type: 'block' },
    condition: { regexFilter: `${SCHEME}${host}${END}`, initiatorDomains },
  }));
  if (opts.allowTestHost) {
    rules.push({
      id: NET_RULE_BASE_ID + rules.length,
      priority: 2,
      action: { type: 'allow' },
      condition: { regexFilter: `^http://${escape(TEST_HOST)}(?::[0-9]+)?(?:[/?#]|$)`, initiatorDomains },
    });
  }
  return rules;
}
