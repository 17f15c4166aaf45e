import { networkFor } from './affiliate-networks';
import { parseHttpUrl } from './parse-url';

/** Wrappers nest (a Skimlinks link around a Rakuten deeplink); more than this is a loop. */
const MAX_DEPTH = 6;

/**
 * The destination inside a known affiliate or redirect wrapper, decoded offline and
 * unwrapped repeatedly through nested wrappers. Null when `url` is not a wrapper, is
 * malformed, or only names its destination by id (see isShortener).
 */
export function unwrapAffiliate(url: string): string | null {
  let current = parseHttpUrl(url);
  let destination: string | null = null;
  for (let depth = 0; current && depth < MAX_DEPTH; depth++) {
    const next = networkFor(current)?.destination(current) ?? null;
    if (!next) break;
    destination = next;
    current = parseHttpUrl(next);
  }
  return destination;
}

/** The affiliate network or redirect service name for a wrapped link ("Skimlinks", "Awin"), or null. */
export function affiliateNetwork(url: string): string | null {
  const parsed = parseHttpUrl(url);
  return parsed ? (networkFor(parsed)?.name ?? null) : null;
}
