import { networkFor } from './affiliate-networks';
import { hostIs, parseHttpUrl } from './parse-url';

/** Hosts whose links name their destination only by an opaque id. */
const SHORTENER_HOSTS = [
  // General-purpose
  'bit.ly',
  'j.mp',
  'tinyurl.com',
  't.co',
  'ow.ly',
  'buff.ly',
  'goo.gl',
  'is.gd',
  'rebrand.ly',
  'cutt.ly',
  'shorturl.at',
  'tiny.cc',
  'rb.gy',
  // Shops' own
  'amzn.to',
  'amzn.eu',
  'a.co',
  'etsy.me',
  // Creator and commerce-content platforms
  'shopstyle.it',
  'rstyle.me',
  'liketk.it',
  'howl.me',
  'shop-links.co',
  'shopmy.us',
  'magik.ly',
  'fave.co',
  'shrsl.com',
  'tidd.ly',
];

/**
 * True when a link's destination can only be learnt by fetching it: a URL shortener or
 * creator-commerce short link (bit.ly, rstyle.me, liketk.it, shopmy.us…), or a known
 * affiliate wrapper that carries no destination (a Rakuten link by offer id).
 */
export function isShortener(url: string): boolean {
  const parsed = parseHttpUrl(url);
  if (!parsed) return false;
  const host = parsed.hostname;
  if (SHORTENER_HOSTS.some((d) => hostIs(host, d))) return true;
  // Partnerize and Impact short links share hosts with their full wrappers.
  if (hostIs(host, 'prf.hn') && parsed.pathname.startsWith('/l/')) return true;
  const network = networkFor(parsed);
  return network !== null && network.destination(parsed) === null;
}
