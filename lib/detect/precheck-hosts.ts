/** Hosts for the pre-check (lib/detect/precheck.ts): a link's host, the page's own, and whether two are one site. */

/** The host of an absolute or protocol-relative link, lower case and without "www."; null for a relative one. */
export const hostOf = (href: string): string | null => {
  // Most links of a page are relative ("/story/1", "#top", "?p=2"): a first letter other than h or / rules them out
  // without a regex run (the pre-check reads every link of the page, cold).
  const c = href.charCodeAt(0) | 0x20;
  if (c !== 0x68 && (c !== 0x2f || href.charCodeAt(1) !== 0x2f)) return null;
  const m = /^(?:https?:)?\/\/([^/?#:]+)/i.exec(href);
  return m ? m[1]!.toLowerCase().replace(/^www\./, '') : null;
};

/** The page's own host: the tab's location, or (a parsed document has none) its canonical or og:url address. */
export function ownHost(doc: Document | null): string | null {
  let here: string | null = null;
  try {
    here = doc?.location?.hostname?.toLowerCase().replace(/^www\./, '') || null;
  } catch {
    here = null;
  }
  if (here || !doc) return here;
  const meta = (doc.head ?? doc).querySelector('link[rel="canonical"][href], meta[property="og:url"][content]');
  return hostOf(meta?.getAttribute('href') ?? meta?.getAttribute('content') ?? '');
}

/** Whether two hosts are one site: the same, or one a subdomain of the other. */
export const sameSite = (a: string, b: string | null): boolean =>
  !!b && (a === b || a.endsWith(`.${b}`) || b.endsWith(`.${a}`));
