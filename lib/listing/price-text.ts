import { attrNames, textParts } from './dom';

/** Class names of former prices: "old-price", "price--was", "strike", "rrp", "compare-at-price"... */
const OLD_NAMES = new RegExp(
  [
    '(old|was|before|strike|striked|crossed|compare|compare-at|original|previous|reference|' +
      'rrp|uvp|msrp|srp|list|retail)[-_]?price',
    'price[-_]?(old|was|before|strike|crossed|compare|original|previous|reference|rrp|list)',
    String.raw`(^|[\s_-])(old|was|strike|striked|strikethrough|line-through|crossed|crossed-out|rrp|uvp|msrp|` +
      'original|previous|listprice|barred|barre|barrato|tachado|durchgestrichen|doorgestreept)' +
      String.raw`([\s_-]|$)`,
    String.raw`--(list|old|was|original|strike|crossed|compare)\b`,
    'suggested[-_]?retail',
  ].join('|'),
);
/** "Regular" is the former price only beside a sale price, else it is the price. */
const WEAK_OLD_NAMES = /regular/;
/** Labels that open a former price: "UVP € 149,99", "Was £20", "statt 30 €". */
export const OLD_LABEL = new RegExp(
  String.raw`^(uvp|rrp|was|statt|war|avant|antes|before|originally|orig\.?|list|reg\.?|ord\.?|normalpris|vorher|` +
    String.raw`prix de référence|prix conseillé)\b`,
  'i',
);
const STRUCK_TAGS = new Set(['DEL', 'S', 'STRIKE']);
/** Elements whose text is never a shown price. */
export const SKIP_TAGS = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'SVG',
  'svg',
  'OPTION',
  'SELECT',
  'META',
  'LINK',
  'INPUT',
]);
/** "-21%", "41 % Off", "30% Rabatt": a discount, removed with its word so "$98.99 41 % Off" stays a price. */
const PERCENT_OFF =
  /[-−–]?\s?\d+(?:[.,]\d+)?\s?%(?:\s?(?:off|rabatt|de (?:descuento|réduction|remise)|korting|sconto|alennus))?/gi;

/** Struck out by tag, inline style or class name. */
export function isStruck(e: Element): boolean {
  return (
    STRUCK_TAGS.has(e.tagName) || /line-through/i.test(e.getAttribute('style') ?? '') || OLD_NAMES.test(attrNames(e))
  );
}

/** The element's text without struck-out parts, so "<del>€50</del> €40" reads as "€40". */
export function priceText(el: Element): string {
  const parts = textParts(
    el,
    200,
    (e) => SKIP_TAGS.has(e.tagName) || STRUCK_TAGS.has(e.tagName) || OLD_NAMES.test(attrNames(e)),
  );
  // text nodes are joined with a space: "$169.10" + "41 % off" must not read as 169.1041
  // percentages ("-21%") are discounts, never the amount
  const text = parts
    .join(' ')
    .replace(/[\s\u00a0\u202f]+/g, ' ')
    .replace(PERCENT_OFF, ' ');
  return withoutCodedWords(text.trim()).trim();
}

/**
 * Drops words that mix letters into digits ("MzI5Ljk5", an encoded price; "B01GOH7PKA"), keeping
 * amounts with a short currency prefix or suffix ("EUR110.00", "NT$294", "36,99€", "10zł").
 */
function withoutCodedWords(text: string): string {
  return text
    .split(' ')
    .filter(
      (w) => !(/\d/.test(w) && /\p{L}/u.test(w)) || /^\p{L}{1,3}\p{Sc}?\.?[\d.,]+$|^[\d.,]+\p{L}{1,3}\.?$/u.test(w),
    )
    .join(' ');
}

/** Former-price marks on the element or its close ancestors. */
export function oldness(el: Element, text: string): 'strong' | 'weak' | null {
  if (OLD_LABEL.test(text)) return 'strong';
  let weak = false;
  let e: Element | null = el;
  for (let i = 0; e && i < 4; i++, e = e.parentElement) {
    if (STRUCK_TAGS.has(e.tagName)) return 'strong';
    if (/line-through/i.test(e.getAttribute('style') ?? '')) return 'strong';
    const names = attrNames(e);
    if (OLD_NAMES.test(names)) return 'strong';
    if (WEAK_OLD_NAMES.test(names)) weak = true;
  }
  return weak ? 'weak' : null;
}
