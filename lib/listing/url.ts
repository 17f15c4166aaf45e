/** URL helpers: every URL the extractor returns is absolute http(s). */

/** Resolves `value` against `base`; null unless the result is an http(s) URL. */
export function absoluteUrl(value: unknown, base: string): string | null {
  if (typeof value !== 'string') return null;
  const v = value.trim();
  if (!v || v.length > 4096 || /^(data|javascript|blob|about):/i.test(v)) return null;
  try {
    const u = new URL(v, base);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

/** Host-and-path key of a URL (no scheme, query or hash), for comparing image and page URLs. */
export function urlKey(url: string): string {
  try {
    const u = new URL(url);
    return (u.host + u.pathname).replace(/\/+$/, '').toLowerCase();
  } catch {
    return url.toLowerCase();
  }
}

/** Site chrome rather than a product picture: favicons, logos, sprites, placeholders, SVG icons. */
export function isSiteImage(url: string): boolean {
  let path: string;
  try {
    path = new URL(url).pathname.toLowerCase();
  } catch {
    return true;
  }
  const file = path.slice(path.lastIndexOf('/') + 1);
  const stem = file.replace(/\.[a-z0-9]+$/, '');
  return (
    /\.(svg|ico)$/.test(file) ||
    /(favicon|apple-touch-icon|android-icon|android-chrome|mstile|sprite|placeholder|spacer)/.test(path) ||
    /^(pixel|blank|transparent)$/.test(stem) ||
    /\/logos?\//.test(path) ||
    // a short file stem built around "logo" (site-logo.png, logo_2x.jpg), not "logo-print-tee-front.jpg"
    (stem.length <= 20 && /(^|[-_])logos?([-_@]|$)/.test(stem))
  );
}
