import { isBlockedIPv4, parseIPv4 } from './ipv4';

/**
 * Parses an IPv6 address (brackets optional, "::" compression, a dotted IPv4 tail, a zone id)
 * into eight 16-bit groups; null when `host` is not IPv6.
 */
export function parseIPv6(host: string): number[] | null {
  let h = host.startsWith('[') && host.endsWith(']') ? host.slice(1, -1) : host;
  const zone = h.indexOf('%');
  if (zone >= 0) h = h.slice(0, zone);
  if (!h.includes(':')) return null;
  const halves = h.split('::');
  if (halves.length > 2) return null;
  const head = parseGroups(halves[0] ?? '');
  const tail = halves.length === 2 ? parseGroups(halves[1] ?? '') : [];
  if (!head || !tail) return null;
  if (halves.length === 1) return head.length === 8 ? head : null;
  const fill = 8 - head.length - tail.length;
  if (fill < 1) return null;
  return [...head, ...new Array<number>(fill).fill(0), ...tail];
}

function parseGroups(s: string): number[] | null {
  if (s === '') return [];
  const out: number[] = [];
  const pieces = s.split(':');
  for (const [i, piece] of pieces.entries()) {
    if (i === pieces.length - 1 && piece.includes('.')) {
      if (!/^\d{1,3}(\.\d{1,3}){3}$/.test(piece)) return null;
      const v4 = parseIPv4(piece);
      if (v4 === null) return null;
      out.push(Math.floor(v4 / 65536), v4 % 65536);
    } else if (/^[0-9a-f]{1,4}$/i.test(piece)) {
      out.push(parseInt(piece, 16));
    } else {
      return null;
    }
  }
  return out;
}

const v4Of = (g: number[]) => (g[6] ?? 0) * 65536 + (g[7] ?? 0);

/**
 * Whether an IPv6 address is unspecified, loopback, unique-local, link- or site-local,
 * multicast, documentation, or embeds a blocked IPv4 address (mapped ::ffff:a.b.c.d,
 * compatible ::a.b.c.d, NAT64 64:ff9b::/96, 6to4 2002::/16).
 */
export function isBlockedIPv6(g: number[]): boolean {
  const [g0 = 0, g1 = 0] = g;
  const zeroUntil = (n: number) => g.slice(0, n).every((x) => x === 0);
  if (zeroUntil(8)) return true; // ::
  if (zeroUntil(7) && g[7] === 1) return true; // ::1
  if ((g0 & 0xfe00) === 0xfc00) return true; // fc00::/7
  if ((g0 & 0xffc0) === 0xfe80) return true; // fe80::/10
  if ((g0 & 0xffc0) === 0xfec0) return true; // fec0::/10 (deprecated site-local)
  if ((g0 & 0xff00) === 0xff00) return true; // multicast
  if (g0 === 0x2001 && g1 === 0x0db8) return true; // documentation
  if (zeroUntil(5) && g[5] === 0xffff) return isBlockedIPv4(v4Of(g)); // IPv4-mapped
  if (zeroUntil(6)) return isBlockedIPv4(v4Of(g)); // IPv4-compatible
  if (g0 === 0x64 && g1 === 0xff9b && g.slice(2, 6).every((x) => x === 0)) return isBlockedIPv4(v4Of(g));
  if (g0 === 0x2002) return isBlockedIPv4(g1 * 65536 + (g[2] ?? 0));
  return false;
}
