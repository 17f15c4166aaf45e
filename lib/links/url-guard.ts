import { isBlockedIPv4, parseIPv4 } from './ipv4';
import { isBlockedIPv6, parseIPv6 } from './ipv6';

/** What the guard allows beyond the production rules. */
export interface GuardPolicy {
  /** Test builds only: let the resolver reach the fixture retail web on 127.0.0.1, and any port. */
  allowTestHost: boolean;
}

/** Production rules, plus 127.0.0.1 in a test build (compiled out of production bundles). */
export function defaultGuardPolicy(): GuardPolicy {
  return { allowTestHost: typeof __MAGPIE_TEST_BUILD__ !== 'undefined' && __MAGPIE_TEST_BUILD__ };
}

/** The parsed URL when it may be fetched, else why not (for logs and tests, not readers). */
export type GuardResult = { ok: true; url: URL } | { ok: false; why: string };

/** The one loopback address a test build may fetch. */
export const TEST_HOST = '127.0.0.1';

// Names that resolve to the reader's own machine or network, never to a shop.
export const LOCAL_SUFFIXES: readonly string[] = [
  '.localhost',
  '.local',
  '.internal',
  '.home.arpa',
  '.lan',
  '.localdomain',
  '.intranet',
  '.corp',
];

/**
 * Decides whether Magpie may fetch `input`: http(s) only, no credentials, default ports, and a
 * host that is a public name or a public IP address in any spelling. A page's links are
 * hostile input — this keeps them from steering the reader's browser at their router, their
 * intranet or the machine itself. DNS cannot be checked from an extension (no resolver API),
 * so a public name that resolves to a private address is outside what this guard can see.
 */
export function checkUrl(input: string | URL, policy: GuardPolicy = defaultGuardPolicy()): GuardResult {
  let url: URL;
  try {
    url = new URL(String(input));
  } catch {
    return { ok: false, why: 'not a URL' };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return { ok: false, why: `scheme ${url.protocol}` };
  if (url.username || url.password) return { ok: false, why: 'credentials in URL' };
  const host = url.hostname.toLowerCase().replace(/\.+$/, '');
  if (policy.allowTestHost && host === TEST_HOST) return { ok: true, url };
  const portOk = url.port === '' || url.port === '80' || url.port === '443' || policy.allowTestHost;
  if (!portOk) return { ok: false, why: `port ${url.port}` };
  const hostWhy = blockedHost(host);
  return hostWhy ? { ok: false, why: hostWhy } : { ok: true, url };
}

/** Why a host name must not be fetched, or null when it may be. */
export function blockedHost(rawHost: string): string | null {
  const host = rawHost.toLowerCase().replace(/\.+$/, '');
  if (host === '') return 'empty host';
  const v6 = parseIPv6(host);
  if (v6) return isBlockedIPv6(v6) ? 'private IPv6 address' : null;
  if (host.includes(':') || host.startsWith('[')) return 'malformed IPv6 address';
  const v4 = parseIPv4(host);
  if (v4 !== null) return isBlockedIPv4(v4) ? 'private IPv4 address' : null;
  // A last label of digits only would be read as an address by some stacks: refuse the ambiguity.
  if (/^(0x[0-9a-f]*|\d+)$/i.test(host.split('.').pop() ?? '')) return 'numeric host';
  if (host === 'localhost' || LOCAL_SUFFIXES.some((s) => host.endsWith(s))) return 'local name';
  if (!host.includes('.')) return 'single-label host';
  return null;
}

/**
 * `url` when Magpie may store or render it (the same rules as fetching: http/https, no
 * credentials, no private, loopback or link-local host), else null. Listing images, canonical
 * URLs and links pass through this at the resolver's boundary, when rows are cleaned for storage
 * and when a view renders them, so a page cannot make the popup or the wishlist load a private address.
 */
export function guardedUrl(url: string | null | undefined, policy: GuardPolicy = defaultGuardPolicy()): string | null {
  if (typeof url !== 'string' || url === '') return null;
  return checkUrl(url, policy).ok ? url : null;
}
