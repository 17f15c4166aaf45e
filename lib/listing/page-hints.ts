import { absoluteUrl } from './url';
import { attrNames, isHidden, visibleText } from './dom';
import { allElements, elementsByTag, metaContent } from './dom-index';
import { isOutsideMainProduct } from './other-products';
import { containment } from './text';
import { genericTitleElement } from './title-element';

/** What the page shows about its product, read once and used to pick among markup candidates. */
export interface PageHints {
  pageUrl: string;
  /** Query parameter values of the page URL (decoded), e.g. a ?variant=ID or colour code. */
  params: string[];
  /** <link rel=canonical>, absolute. */
  canonical: string | null;
  /** og:url, absolute. */
  ogUrl: string | null;
  /** og:image, absolute. */
  ogImage: string | null;
  /** og:title and the document <title>, for matching names. */
  titles: string[];
  /** The product's heading (its h1, or the element styled as the product title). */
  heading: Element | null;
  /** Labels of the selected colour/variant swatches (read on first call: only variant choice needs them). */
  selectedOptions(): string[];
  /** html lang or og:locale, whichever names a region ("es" with og:locale "es_CL" gives "es_CL"). */
  locale: string | null;
  /** The country a structured address on the page names ("addressCountry"), read on first call. */
  country(): string | null;
}

const REGION = /^[a-z]{2,3}[-_](?:[a-z]{4}[-_])?[a-z]{2}\b/i;
const ADDRESS_COUNTRY = /"addressCountry"\s*:\s*(?:"([^"]{2,40})"|\{[^{}]{0,200}?"name"\s*:\s*"([^"]{2,40})")/;

const TITLE_NAMES = /product[-_]?(title|name)|pdp[-_]?(title|name)|item[-_]?(title|name)/;
const OPTION_GROUP = /colou?r|swatch|variant|variation|farbe|couleur|kleur|option/;
const SELECTED_CLASS = /(^|[\s_-])(is-)?(selected|active|checked|current)([\s_-]|$)/;

/** Reads the hints once per document. */
export function readPageHints(doc: Document, pageUrl: string, baseUrl: string): PageHints {
  const titles = [metaContent(doc, ['og:title', 'twitter:title']), doc.querySelector('title')?.textContent ?? null]
    .map((t) => (t ?? '').trim())
    .filter(Boolean);
  return {
    pageUrl,
    params: queryValues(pageUrl),
    canonical: absoluteUrl(canonicalHref(doc), baseUrl),
    ogUrl: absoluteUrl(metaContent(doc, ['og:url']), baseUrl),
    ogImage: absoluteUrl(metaContent(doc, ['og:image', 'og:image:url', 'og:image:secure_url']), baseUrl),
    titles,
    heading: findHeading(doc, titles),
    selectedOptions: once(() => selectedOptions(doc)),
    locale: pageLocale(doc),
    country: once(() => addressCountry(doc)),
  };
}

function pageLocale(doc: Document): string | null {
  const lang = doc.documentElement?.getAttribute('lang')?.trim() || null;
  const og = metaContent(doc, ['og:locale']);
  if (lang && REGION.test(lang)) return lang;
  return (og && REGION.test(og) ? og : null) ?? lang ?? og;
}

/** The first addressCountry in the page's JSON-LD or microdata (the shop's or the venue's). */
function addressCountry(doc: Document): string | null {
  for (const s of elementsByTag(doc, 'SCRIPT')) {
    if (!/ld\+json/i.test(s.getAttribute('type') ?? '')) continue;
    const m = ADDRESS_COUNTRY.exec((s.textContent ?? '').slice(0, 200_000));
    if (m) return (m[1] ?? m[2])!.trim();
  }
  const el = doc.querySelector('[itemprop="addressCountry"]');
  const v = el ? (el.getAttribute('content') ?? el.textContent ?? '').trim() : '';
  return v && v.length <= 40 ? v : null;
}

function once<T>(read: () => T): () => T {
  let value: { v: T } | null = null;
  return () => (value ??= { v: read() }).v;
}

function canonicalHref(doc: Document): string | null {
  for (const l of elementsByTag(doc, 'LINK')) {
    if (/(^|\s)canonical(\s|$)/i.test(l.getAttribute('rel') ?? '')) return l.getAttribute('href');
  }
  return null;
}

function queryValues(pageUrl: string): string[] {
  try {
    return Array.from(new URL(pageUrl).searchParams.values()).filter((v) => v.length >= 2 && v.length <= 200);
  } catch {
    return [];
  }
}

/** The h1 that names the product (the one closest to og:title/<title>), else a "product title" element. */
function findHeading(doc: Document, titles: string[]): Element | null {
  const ref = titles.join(' ');
  const usable = (el: Element) => {
    const t = visibleText(el, 400);
    return t.length >= 2 && t.length <= 300 && !isHidden(el) && !isOutsideMainProduct(el);
  };
  let candidates: Element[] = elementsByTag(doc, 'H1').filter(usable);
  if (!candidates.length) {
    candidates = allElements(doc)
      .filter((el) => el.getAttribute('itemprop') === 'name' || TITLE_NAMES.test(attrNames(el)))
      .filter((el) => el.tagName !== 'META' && usable(el));
  }
  if (!candidates.length) return genericTitleElement(doc, titles);
  let best: Element | null = null;
  let bestScore = -1;
  for (const el of candidates) {
    const score = ref ? containment(visibleText(el, 400), ref) : 0;
    if (score > bestScore) [best, bestScore] = [el, score];
  }
  return best;
}

/** Labels of selected swatches/options inside colour or variant pickers. */
function selectedOptions(doc: Document): string[] {
  const out = new Set<string>();
  let seen = 0;
  for (const el of allElements(doc)) {
    if (!el.hasAttributes() || !isSelected(el) || !inOptionGroup(el)) continue;
    if (++seen > 500) break;
    for (const v of [
      el.getAttribute('title'),
      el.getAttribute('aria-label'),
      el.getAttribute('data-value'),
      el.getAttribute('value'),
      visibleText(el, 60),
    ]) {
      const t = v?.trim();
      if (t && t.length <= 60) out.add(t);
    }
  }
  return Array.from(out);
}

function isSelected(el: Element): boolean {
  if (['aria-checked', 'aria-selected', 'aria-pressed', 'aria-current'].some((a) => el.getAttribute(a) === 'true'))
    return true;
  if (
    (el.tagName === 'OPTION' && el.hasAttribute('selected')) ||
    (el.tagName === 'INPUT' && el.hasAttribute('checked'))
  )
    return true;
  return SELECTED_CLASS.test((el.getAttribute('class') ?? '').toLowerCase());
}

function inOptionGroup(el: Element): boolean {
  let e: Element | null = el;
  for (let i = 0; e && i < 5; i++, e = e.parentElement) {
    const names = attrNames(e) + ' ' + (e.getAttribute('name') ?? '').toLowerCase();
    if (OPTION_GROUP.test(names)) return true;
  }
  return false;
}
