import { attrNames, isHidden, treeDistance, visibleText } from '../dom';
import { allElements } from '../dom-index';
import { isOutsideMainProduct } from '../other-products';
import { stripBrandLabel } from '../brand-labels';
import { readLabelledBrand } from '../labelled-brand';
import { isPlaceholder, tokens } from '../text';

const BRAND_NAMES = /brand(?!ed|ing)|byline|manufacturer|designer|(^|[\s_-])(marque|marke|marca|merk)([\s_-]|$)/;
/** The brand sits beside the heading: at most this many steps away in the tree. */
const MAX_DISTANCE = 8;

/**
 * The brand shown beside the product heading: a short brand element ("Gothamite", "Brand: Gothamite",
 * "Visit the Gothamite Store"), or, when the element wraps the brand in other words, the heading's
 * leading words it contains; else a brand the page states under a label in its facts
 * ("Manufacturer | Gothamite").
 */
export function readVisibleBrand(heading: Element | null, doc: Document): string | null {
  return (heading && brandBesideHeading(heading)) || readLabelledBrand(doc);
}

function brandBesideHeading(heading: Element): string | null {
  const title = visibleText(heading, 300);
  const candidates = allElements(heading.ownerDocument)
    .filter((el) => BRAND_NAMES.test(attrNames(el)))
    .filter((el) => el !== heading && !el.contains(heading) && treeDistance(heading, el) <= MAX_DISTANCE)
    .filter((el) => !isHidden(el) && !isOutsideMainProduct(el));
  for (const el of candidates) {
    const raw = (el.getAttribute('content') ?? visibleText(el, 100)).trim();
    if (!raw || raw.length > 80 || isPlaceholder(raw)) continue;
    const text = stripBrandLabel(raw, true);
    if (!text) continue;
    if (text !== raw) return text;
    const lead = leadingWordsIn(title, text);
    if (lead) return lead;
    const words = tokens(text);
    if (words.length >= 1 && words.length <= 3 && !/^(by)$/i.test(text)) return text;
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
