const META_REFRESH = /<meta\b[^>]*http-equiv\s*=\s*["']?refresh["']?[^>]*>/i;
const CONTENT = /content\s*=\s*(["'])(.*?)\1/i;

/**
 * The target of a `<meta http-equiv="refresh" content="0; url=…">` in the first part of a page,
 * absolute; null when there is none. Interstitials of link services redirect this way.
 */
export function metaRefreshTarget(html: string, pageUrl: string): string | null {
  const tag = META_REFRESH.exec(html.slice(0, 20_000))?.[0];
  if (!tag) return null;
  const content = CONTENT.exec(tag)?.[2] ?? '';
  const m = /^\s*\d*(\.\d+)?\s*[;,]\s*url\s*=\s*(['"]?)(.+?)\2\s*$/i.exec(content.replace(/&amp;/g, '&'));
  if (!m?.[3]) return null;
  try {
    return new URL(m[3], pageUrl).href;
  } catch {
    return null;
  }
}
