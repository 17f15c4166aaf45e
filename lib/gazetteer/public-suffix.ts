/**
 * A small public-suffix reduction: enough to find the registrable domain of the shops
 * Magpie knows, without shipping the whole Public Suffix List to the content script.
 */

// Second-level suffixes under which companies register (country "com"/"co" zones and hosts).
const MULTI_LABEL = new Set(
  (
    'co.uk org.uk me.uk ltd.uk plc.uk ac.uk gov.uk net.uk ' +
    'com.au net.au org.au co.nz net.nz org.nz ' +
    'co.jp ne.jp or.jp ac.jp go.jp co.kr or.kr ne.kr ' +
    'com.br net.br com.mx com.ar com.co com.pe com.uy com.ec com.ve com.bo com.py cl.cl ' +
    'com.cn net.cn com.hk com.tw com.sg com.my com.ph com.vn co.id co.th co.in net.in ' +
    'co.il co.za com.tr com.sa com.eg com.ua com.pl com.kw com.qa com.bh com.lb com.ng co.ke ' +
    'com.gr com.cy com.mt co.at or.at ' +
    'myshopify.com wixsite.com blogspot.com github.io netlify.app vercel.app pages.dev ' +
    'herokuapp.com appspot.com cloudfront.net azurewebsites.net'
  ).split(' '),
);

const HOST = /^(?:[a-z0-9_](?:[a-z0-9_-]*[a-z0-9_])?\.)*[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/;
const IPV4 = /^\d{1,3}(?:\.\d{1,3}){3}$/;

/** Lower-cases a hostname and strips a port and trailing dot; null if it is not a DNS name. */
export function cleanHost(host: string): string | null {
  if (typeof host !== 'string' || host.length > 253) return null;
  const h = host.trim().toLowerCase().replace(/:\d+$/, '').replace(/\.$/, '');
  return HOST.test(h) ? h : null;
}

/** The public suffix of a clean hostname ("co.uk" for "www.asos.co.uk"). */
export function publicSuffix(host: string): string {
  const labels = host.split('.');
  if (labels.length >= 2 && MULTI_LABEL.has(labels.slice(-2).join('.'))) return labels.slice(-2).join('.');
  return labels[labels.length - 1]!;
}

/**
 * The registrable domain of a hostname: "www2.hm.com" → "hm.com", "www.asos.co.uk" →
 * "asos.co.uk". Null for IP addresses, bare suffixes and garbage.
 */
export function registrableDomain(host: string): string | null {
  const h = cleanHost(host);
  if (!h || IPV4.test(h)) return null;
  const suffix = publicSuffix(h);
  if (h === suffix) return null;
  const rest = h.slice(0, h.length - suffix.length - 1);
  const label = rest.slice(rest.lastIndexOf('.') + 1);
  return `${label}.${suffix}`;
}
