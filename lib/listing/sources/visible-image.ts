import { attrNames, isHidden, visibleText } from '../dom';
import { elementsByTag } from '../dom-index';
import { isOutsideMainProduct } from '../other-products';
import { containment } from '../text';
import { absoluteUrl, isSiteImage } from '../url';

const MAIN_NAMES = /main|primary|hero|landing|zoom|product[-_]?(image|img|photo|media)|pdp|gallery/;
/** data-* attributes that hold the full-size picture behind a thumbnail or lazy placeholder. */
const HIRES_ATTR = new RegExp(
  '^data-(old-hires|hires|zoom(-image|-src)?|large(-image|-src|_image)?|full(-image|-src|size)?|' +
    'original|src|lazy-src)$',
);
const MAX_IMAGES = 1500;

/**
 * The product's main picture as the page shows it: an image named like the product (alt text),
 * marked itemprop=image, or sitting in the main gallery, never a tile's or the site's logo.
 */
export function readVisibleImage(doc: Document, heading: Element | null, baseUrl: string): string | null {
  const title = heading ? visibleText(heading, 300) : '';
  // among equally good pictures the first in the page wins: galleries open with the main shot
  let best: { url: string; score: number } | null = null;
  for (const img of elementsByTag(doc, 'IMG').slice(0, MAX_IMAGES)) {
    if (isOutsideMainProduct(img)) continue;
    const { url, hires } = imageUrl(img, baseUrl);
    if (!url || isSiteImage(url)) continue;
    let score = hires ? 1 : 0;
    const alt = img.getAttribute('alt') ?? img.getAttribute('title') ?? '';
    if (title && alt && containment(title, alt) >= 0.6) score += 3;
    if (img.getAttribute('itemprop') === 'image') score += 3;
    if (namedMain(img)) score += 2;
    const w = Number(img.getAttribute('width') ?? 0);
    if (w && w < 100) score -= 3;
    if (score < 3 || isHidden(img)) continue;
    if (!best || score > best.score) best = { url, score };
  }
  return best?.url ?? null;
}

function namedMain(img: Element): boolean {
  let e: Element | null = img;
  for (let i = 0; e && i < 3; i++, e = e.parentElement) if (MAIN_NAMES.test(attrNames(e))) return true;
  return false;
}

/** The best URL an <img> offers: a hi-res data attribute, else src, else the first srcset entry. */
function imageUrl(img: Element, baseUrl: string): { url: string | null; hires: boolean } {
  for (const a of Array.from(img.attributes)) {
    if (HIRES_ATTR.test(a.name) && /^(https?:)?\/\/|^\//.test(a.value.trim())) {
      const u = absoluteUrl(a.value, baseUrl);
      if (u) return { url: u, hires: a.name !== 'data-src' && a.name !== 'data-lazy-src' };
    }
  }
  const src = img.getAttribute('src');
  if (src && !src.startsWith('data:')) return { url: absoluteUrl(src, baseUrl), hires: false };
  const first = (img.getAttribute('srcset') ?? '').split(',')[0]?.trim().split(/\s+/)[0];
  return { url: first ? absoluteUrl(first, baseUrl) : null, hires: false };
}
