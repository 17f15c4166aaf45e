import { LABEL_ONLY, LABEL_THEN_VALUE } from './brand-labels';
import { isHidden, visibleText } from './dom';
import { elementsByTag } from './dom-index';
import { isOutsideMainProduct } from './other-products';
import { isPlaceholder } from './text';

/** Where shops print "label: value" facts: spec tables, definition lists, bullet lines. */
const FACT_TAGS = ['TD', 'TH', 'DT', 'SPAN', 'STRONG', 'B', 'P', 'LI', 'DIV', 'LABEL', 'EM', 'H3', 'H4', 'I'];
/** A brand is a name, not a sentence. */
const MAX_WORDS = 6;
const MAX_LENGTH = 60;
/** Facts tables sit in the first part of a long page; stop after this many label-sized elements. */
const MAX_CHECKED = 20_000;

/**
 * The brand a page states in visible text under a label, in any of the shops' languages: an
 * item-specifics or spec table ("Brand: | Unbranded", "Manufacturer | Brome Bird Care"), a
 * definition list, or a "Proizvajalec: B&S" / "make/manufacturer: Indesit" line. Labels in
 * recommendation rails, navigation, headers, footers and dialogs do not count.
 */
export function readLabelledBrand(doc: Document): string | null {
  let checked = 0;
  for (const el of elementsByTag(doc, ...FACT_TAGS)) {
    const own = ownText(el);
    if (own.length > 80 || !/\p{L}/u.test(own)) continue;
    if (++checked > MAX_CHECKED) break;
    const onlyLabel = LABEL_ONLY.test(own);
    if (!onlyLabel && !LABEL_THEN_VALUE.test(own)) continue;
    if (isOutsideMainProduct(el) || isHidden(el)) continue;
    const full = plainText(el);
    let value = LABEL_THEN_VALUE.exec(full)?.[1] ?? null;
    if (!value && LABEL_ONLY.test(full)) value = nextValue(el);
    const brand = value ? checkedBrand(value) : null;
    if (brand) return brand;
  }
  return null;
}

/** The value beside a label element: its next non-empty sibling element (td after th, dd after dt). */
function nextValue(el: Element): string | null {
  for (let s = el.nextElementSibling, i = 0; s && i < 3; s = s.nextElementSibling, i++) {
    const t = plainText(s);
    if (t) return t;
  }
  return null;
}

function checkedBrand(value: string): string | null {
  const v = value.replace(/\s+/g, ' ').trim();
  if (!v || v.length > MAX_LENGTH || v.split(' ').length > MAX_WORDS) return null;
  if (!/\p{L}/u.test(v) || LABEL_ONLY.test(v) || isPlaceholder(v)) return null;
  return v;
}

/** A small element's text as written: linkedom splits "B&amp;S" into text nodes that must not gain spaces. */
function plainText(el: Element): string {
  const t = el.textContent ?? '';
  return t.length > 400 ? visibleText(el, 160) : t.replace(/[\s\u00a0]+/g, ' ').trim();
}

/** The text directly inside an element (not in its child elements), trimmed. */
function ownText(el: Element): string {
  let t = '';
  for (let c = el.firstChild; c; c = c.nextSibling) if (c.nodeType === 3) t += c.nodeValue ?? '';
  return t.replace(/[\s\u00a0]+/g, ' ').trim();
}
