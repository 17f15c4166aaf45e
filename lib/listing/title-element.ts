import { attrNames, isHidden, visibleText } from './dom';
import { allElements } from './dom-index';
import { isOutsideMainProduct } from './other-products';
import { containment } from './text';

/** Class or id words of a title element ("title", "name", "heading"), not only "product-title". */
const GENERIC_TITLE = /(^|[\s_-])(title|name|heading|headline)([\s_-]|$)/;
/** Share of an element's words the page title must hold for the element to be taken as the product's heading. */
const MIN_CONTAINED = 0.8;

/**
 * The element showing the product's name on pages with no h1 and no "product title" class
 * (`<div class="title">Name</div>` under a shop's generic markup): an element named title/name whose
 * words the og:title or <title> holds; among several, the one covering most of that title (a brand
 * or a section name covers less of it).
 */
export function genericTitleElement(doc: Document, titles: string[]): Element | null {
  const ref = titles.join(' ');
  if (!ref) return null;
  let best: Element | null = null;
  let bestScore = 0;
  const all = allElements(doc);
  for (const el of all) {
    if (el.children.length > 3 || el.tagName === 'META' || el.tagName === 'TITLE' || !GENERIC_TITLE.test(attrNames(el)))
      continue;
    const text = visibleText(el, 400);
    if (text.length < 2 || text.length > 300 || containment(text, ref) < MIN_CONTAINED) continue;
    const score = containment(titles[0] ?? ref, text);
    if (score > bestScore && !isHidden(el) && !isOutsideMainProduct(el)) [best, bestScore] = [el, score];
  }
  return best;
}
