import { attrNames, isHidden, treeDistance, visibleText } from './dom';
import { allElements } from './dom-index';
import { isOutsideMainProduct } from './other-products';
import { isPlaceholder, tokens } from './text';

const BRAND_NAMES = /brand|byline|manufacturer|designer|(^|[\s_-])(marque|marke|marca|merk)([\s_-]|$)/;
/** The brand sits beside the heading: at most this many steps away in the tree. */
const MAX_DISTANCE = 8;

/**
 * The brand shown beside the product heading: a short brand element ("Gothamite"), or, when the
 * element wraps the brand in words ("Visit the Gothamite Store"), the heading's leading words it contains.
 */
export function readVisibleBrand(heading: Element | null): string | null {
  if (!heading) return null;
  const title = visibleText(heading, 300);
  const candidates = allElements(heading.ownerDocument)
    .filter((el) => BRAND_NAMES.test(attrNames(el)))
    .filter((el) => el !== heading && !el.contains(heading) && treeDistance(heading, el) <= MAX_DISTANCE)
    .filter((el) => !isHidden(el) && !isOutsideMainProduct(el));
  for (const el of candidates) {
    const text = (el.getAttribute('content') ?? visibleText(el, 100)).trim();
    if (!text || text.length > 80 || isPlaceholder(text)) continue;
    const lead = leadingWordsIn(title, text);
    if (lead) return lead;
    const words = tokens(text);
    if (words.length >= 1 && words.length <= 3 && !/^(brand|by|marque|marke|marca)$/i.test(text)) return text;
  }
  return null;
}

/** The longest run of the title's first words (up to four) that `text` contains as whole words. */
function leadingWordsIn(title: string, text: string): string | null {
  const words = title.split(/\s+/).filter(Boolean);
  const hay = ' ' + tokens(text).join(' ') + ' ';
  let found: string | null = null;
  for (let n = 1; n <= Math.min(4, words.length); n++) {
    const lead = words.slice(0, n).join(' ');
    const key = tokens(lead).join(' ');
    if (key && hay.includes(' ' + key + ' ')) found = lead;
    else break;
  }
  return found;
}
