/**
 * The picture a page shows with a mention, so the popup and the wishlist have one even when live
 * prices are off. Only an http(s) URL leaves the page; nothing is fetched here.
 */

const MAX_URL = 2048;
/** Levels above the mention's element searched for its picture (item, card, list entry). */
const MAX_LEVELS = 3;
/** Siblings either side of the mention's element searched (a heading followed by its figure). */
const MAX_SIBLINGS = 2;
/** Pictures declared smaller than this (icons, tracking pixels, logos) are not product pictures. */
const MIN_SIDE = 48;

const LAZY_ATTRS = ['data-src', 'data-lazy-src', 'data-original'];

function httpUrl(raw: string | null | undefined, base: string): string | null {
  if (!raw) return null;
  try {
    const u = new URL(raw.trim(), base);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
    return u.href.length <= MAX_URL ? u.href : null;
  } catch {
    return null;
  }
}

/** The first URL of a srcset ("a.jpg 300w, b.jpg 600w" gives "a.jpg"). */
const firstOfSrcset = (srcset: string | null): string | null => srcset?.trim().split(/\s+/)[0] ?? null;

function tooSmall(img: HTMLImageElement): boolean {
  const w = Number(img.getAttribute('width'));
  const h = Number(img.getAttribute('height'));
  return (w > 0 && w < MIN_SIDE) || (h > 0 && h < MIN_SIDE);
}

/** An image element's usable URL: what it shows, else its lazy-loading source; null for icons and non-http sources. */
function imageUrl(img: HTMLImageElement, base: string): string | null {
  if (tooSmall(img)) return null;
  const shown = httpUrl(img.currentSrc || img.getAttribute('src'), base);
  if (shown) return shown;
  for (const a of LAZY_ATTRS) {
    const lazy = httpUrl(img.getAttribute(a), base);
    if (lazy) return lazy;
  }
  return httpUrl(firstOfSrcset(img.getAttribute('srcset') ?? img.getAttribute('data-srcset')), base);
}

/**
 * The URLs of one report's pictures, by element: the mentions of a page share their containers, so each picture is
 * read (its attributes, its URL parsed) once per report rather than once per mention and level.
 */
export type ImageMemo = Map<Element, string | null>;

function memoUrl(img: HTMLImageElement, base: string, memo: ImageMemo): string | null {
  let url = memo.get(img);
  if (url === undefined) memo.set(img, (url = imageUrl(img, base)));
  return url;
}

/** The distinct picture URLs in and at `el`, up to `most` (two tell a container of several products). */
function imagesIn(el: Element, base: string, memo: ImageMemo, most = Infinity): string[] {
  const out = new Set<string>();
  if (el instanceof HTMLImageElement) {
    const url = memoUrl(el, base, memo);
    if (url) out.add(url);
  }
  // A live collection: nothing is copied for the many containers that hold no picture.
  const imgs = el.getElementsByTagName('img');
  for (let k = 0; k < imgs.length && out.size < most; k++) {
    const url = memoUrl(imgs[k]!, base, memo);
    if (url) out.add(url);
  }
  return [...out];
}

/**
 * The picture nearest a mention's element: one inside it, else the only one in its closest
 * enclosing item (stopping where a container holds several pictures, since those belong to other
 * products), else one in a sibling right before or after it. Null when none is clear. The mentions of one report
 * share a `memo`.
 */
export function mentionImage(el: Element, baseUrl: string, memo: ImageMemo = new Map()): string | null {
  // A page without pictures (a text round-up) answers at once, not once per level per mention.
  if (el.ownerDocument.getElementsByTagName('img').length === 0) return null;
  const inside = imagesIn(el, baseUrl, memo, 1);
  if (inside.length > 0) return inside[0]!;
  let node: Element | null = el.parentElement;
  for (
    let level = 0;
    node && level < MAX_LEVELS && node !== node.ownerDocument.body;
    level++, node = node.parentElement
  ) {
    const found = imagesIn(node, baseUrl, memo, 2);
    if (found.length === 1) return found[0]!;
    if (found.length > 1) break;
  }
  let next = el.nextElementSibling;
  let prev = el.previousElementSibling;
  for (let i = 0; i < MAX_SIBLINGS; i++) {
    for (const sib of [next, prev]) {
      const found = sib ? imagesIn(sib, baseUrl, memo, 2) : [];
      if (found.length === 1) return found[0]!;
    }
    next = next?.nextElementSibling ?? null;
    prev = prev?.previousElementSibling ?? null;
  }
  return null;
}
