import { parseHTML } from 'linkedom';
import { compareListing, type ProductQuery } from '../match';

const MAX_ANCHORS = 3000;
const MAX_TEXT = 400;
const CANDIDATE_MIN = 0.3;
// Links on every page of a shop that are never a product.
const NOT_PRODUCT_PATHS =
  'search|cart|bag|basket|checkout|account|login|signin|register|wishlist|help|customer-service';
const NOT_PRODUCT = new RegExp(`/(${NOT_PRODUCT_PATHS}|stores?|pages?|blogs?)(/|$)`, 'i');

const siteOf = (host: string) => host.toLowerCase().replace(/^www\./, '');

/**
 * Product links on a server-rendered search results page, best match first: links to the same
 * shop, each scored by its text, image alt and URL words against the wanted product.
 */
export function searchCandidates(html: string, pageUrl: string, query: ProductQuery, max: number): string[] {
  const { document } = parseHTML(html);
  const page = new URL(pageUrl);
  const base = baseUrl(document, page);
  const texts = new Map<string, string[]>();
  const anchors = Array.from(document.querySelectorAll('a[href]')).slice(0, MAX_ANCHORS);
  for (const a of anchors) {
    let target: URL;
    try {
      target = new URL(a.getAttribute('href') ?? '', base);
    } catch {
      continue;
    }
    if (target.protocol !== 'https:' && target.protocol !== 'http:') continue;
    if (siteOf(target.hostname) !== siteOf(page.hostname)) continue;
    if (target.pathname === '/' || target.pathname === page.pathname || NOT_PRODUCT.test(target.pathname)) continue;
    target.hash = '';
    const words = [
      (a.textContent ?? '').slice(0, MAX_TEXT),
      a.getAttribute('aria-label') ?? '',
      a.getAttribute('title') ?? '',
      ...Array.from(a.querySelectorAll('img[alt]')).map((img) => img.getAttribute('alt') ?? ''),
      decodeSafe(target.pathname).replace(/[/_.-]+/g, ' '),
    ];
    const list = texts.get(target.href) ?? [];
    list.push(...words.filter(Boolean));
    texts.set(target.href, list);
  }
  return [...texts]
    .map(([href, parts]) => ({ href, score: compareListing(query, { title: parts.join(' '), brand: null }).score }))
    .filter((c) => c.score >= CANDIDATE_MIN)
    .sort((a, b) => b.score - a.score)
    .slice(0, max)
    .map((c) => c.href);
}

function baseUrl(document: Document, page: URL): URL {
  const href = document.querySelector('base[href]')?.getAttribute('href');
  try {
    return href ? new URL(href, page) : page;
  } catch {
    return page;
  }
}

function decodeSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
