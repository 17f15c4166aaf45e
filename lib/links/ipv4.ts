/**
 * Parses an IPv4 address in every spelling that browsers and inet_aton accept — dotted decimal,
 * fewer than four parts (127.1), and decimal, octal (0177) or hex (0x7f) parts — into its
 * 32-bit value; null when `host` is not an IPv4 address. URL parsers normalise these already;
 * parsing them again here keeps the guard correct whatever produced the host string.
 */
export function parseIPv4(host: string): number | null {
  const parts = host.split('.');
  // A single trailing dot is allowed ("127.0.0.1.") as in the URL standard.
  if (parts.length > 1 && parts[parts.length - 1] === '') parts.pop();
  if (parts.length === 0 || parts.length > 4) return null;
  const nums: number[] = [];
  for (const part of parts) {
    const n = parsePart(part);
    if (n === null) return null;
    nums.push(n);
  }
  const last = nums.pop() as number;
  if (nums.some((n) => n > 255)) return null;
  const lastMax = 2 ** (8 * (4 - nums.length));
  if (last >= lastMax) return null;
  let value = 0;
  for (const [i, n] of nums.entries()) value += n * 2 ** (8 * (3 - i));
  return value + last;
}

function parsePart(part: string): number | null {
  if (/^0x[0-9a-f]*$/i.test(part)) return part.length === 2 ? 0 : parseInt(part.slice(2), 16);
  if (/^0[0-7]+$/.test(part)) return parseInt(part.slice(1), 8);
  if (/^(0|[1-9][0-9]*)$/.test(part)) {
    const n = Number(part);
    return Number.isSafeInteger(n) ? n : null;
  }
  return null;
}

/** Whether a 32-bit IPv4 value lies in `base/bits`. */
export function inIPv4Range(value: number, base: string, bits: number): boolean {
  const b = parseIPv4(base);
  if (b === null) return false;
  const size = 2 ** (32 - bits);
  return Math.floor(value / size) === Math.floor(b / size);
}

/**
 * IPv4 ranges a shop can never live in: this-network, private, CGNAT, loopback, link-local,
 * IETF protocol assignments, documentation, benchmarking, multicast, reserved and broadcast.
 */
export const BLOCKED_V4: readonly (readonly [string, number])[] = [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.0.2.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['198.51.100.0', 24],
  ['203.0.113.0', 24],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
];

/** Whether an IPv4 value is private, loopback, link-local or otherwise not a public host. */
export function isBlockedIPv4(value: number): boolean {
  return BLOCKED_V4.some(([base, bits]) => inIPv4Range(value, base, bits));
}
