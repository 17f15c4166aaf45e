import { parseHttpUrl } from './parse-url';

const ENCODED = /^(?:https?%3a|[^/?#]*%2[fe])/i;
const BARE_HOST = /^[a-z0-9-]+(?:\.[a-z0-9-]+)+(?:[/?#:]|$)/i;

/**
 * Turns a wrapper's embedded destination into an absolute http(s) URL: undoes extra
 * rounds of percent-encoding, adds "https://" to bare hosts ("www.shop.com/p"), and
 * resolves a root-relative path against `base`. Null when it is not a web address.
 */
export function toDestination(value: string | null, base?: URL): string | null {
  if (!value) return null;
  let v = value.trim();
  for (let i = 0; i < 3 && ENCODED.test(v); i++) {
    try {
      v = decodeURIComponent(v);
    } catch {
      return null;
    }
  }
  if (v.startsWith('//')) v = `https:${v}`;
  else if (v.startsWith('/') && base) v = `${base.origin}${v}`;
  else if (!/^https?:\/\//i.test(v)) {
    if (!BARE_HOST.test(v)) return null;
    v = `https://${v}`;
  }
  return parseHttpUrl(v)?.href ?? null;
}
