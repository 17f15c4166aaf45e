import { readPrice } from '../price';
import { readShownPrice, type CurrencyHints } from './currency';
import { attrNames, isHidden } from './dom';
import { docIndex } from './dom-index';
import { isOutsideMainProduct } from './other-products';
import { BEFORE_TAX, INSTALMENT, inOptionPicker, isBeforeTax, isOtherOffer, labelledBefore } from './price-labels';
import { OLD_LABEL, SKIP_TAGS, oldness, priceText } from './price-text';

/** A shown amount and whether the page marks it as a former price. */
export interface Candidate {
  el: Element;
  amount: number;
  currency: string | null;
  old: 'strong' | 'weak' | null;
  /** Another offer for the product (used, other sellers, one option in a picker): taken only when no other price is. */
  other?: boolean;
}

const PRICE_NAMES = /price|(^|[\s_-])(prix|preis|precio|prezzo|prijs|pris|cena|hinta|kaina|fiyat)/;
/** Prices that are not the item's price: shipping, instalments, unit prices, savings, totals. */
const NOT_ITEM_PRICE = new RegExp(
  [
    'shipping|delivery|postage|install?ment|monthly|per[-_]?month|finance|klarna|afterpay',
    'unit[-_]?price|price[-_]?per|base[-_]?price|saving|you[-_]?save|discount|percent|subtotal|total',
    'filter|range|facet|voucher|coupon|points|loyalty|price[-_]?(?:fraction|cents?|decimals?|whole|symbol)',
    String.raw`(^|[\s_-])(?:gsbb)?used|usedprice|refurb|pre-?owned|second-?hand`,
    'olp|offer-?listing|other-?sellers?|all-?offers',
  ].join('|'),
);
const MAX_CANDIDATES = 400;
const BARE_NUMBER = /^\d[\d.,' ]*$/;
/** An element that is the price itself ("price", "product-price", "price--x1"), not a block mentioning it. */
const NAMED_PRICE = /(^|[\s_-])(product-?|sale-?|current-?|final-?)?price([\s_-]|$)/;
/** How far above the heading the bare-price search looks (the buy box usually shares a parent). */
const BARE_LEVELS = 4;
/** Nothing but an amount and a currency sign or code: "€41.30", "41,30 €", "EUR 41.30", "$ 87". */
const BARE_PRICE = new RegExp(
  String.raw`^[^\d\p{L}]{0,3}(\p{Lu}{3})?\s?[^\d\p{L}\s]{0,3}\s?` +
    String.raw`\d[\d.,' ]*\s?[^\d\p{L}\s]{0,3}\s?(\p{Lu}{3}|zł|kr|Kč|Ft|lei)?\.?$`,
  'u',
);

/** Shown prices in elements named price (outside tiles, header and hidden parts), outermost single amounts. */
export function collectPrices(doc: Document, hints: CurrencyHints): Candidate[] {
  const found: Array<Candidate & { numbers: number }> = [];
  const { all, tags } = docIndex(doc);
  for (let i = 0; i < all.length; i++) {
    const el = all[i]!;
    if (SKIP_TAGS.has(tags[i]!)) continue;
    const names = attrNames(el);
    if (!PRICE_NAMES.test(names) || NOT_ITEM_PRICE.test(names) || isOutsideMainProduct(el)) continue;
    const text = priceText(el);
    if (!text || text.length > 60 || !/\d/.test(text)) continue;
    if (BEFORE_TAX.test(text) || isBeforeTax(el) || labelledBefore(el, INSTALMENT)) continue;
    const { amount, currency } = readShownPrice(text.replace(OLD_LABEL, ''), hints);
    // without a currency sign, take decimals ("49.90"), or a bare number in an element named price
    if (!currency && !/\d[.,]\d{2}(?!\d)/.test(text) && !(BARE_NUMBER.test(text) && NAMED_PRICE.test(names))) continue;
    if (amount === null || amount <= 0) continue;
    if (isHidden(el)) continue;
    const numbers = text.match(/\d+(?:[.,' ]\d+)*/g)?.length ?? 0;
    found.push({
      el,
      amount,
      currency,
      old: oldness(el, text),
      numbers,
      other: isOtherOffer(el) || inOptionPicker(el),
    });
    if (found.length >= MAX_CANDIDATES) break;
  }
  // nested price elements: keep the outer one when it holds a single amount ("€" + "36" + ",99"),
  // else the inner ones ("-50%" beside "EUR110.00")
  const byEl = new Map(found.map((c) => [c.el, c]));
  const outerOf = (c: Candidate) => {
    for (let e = c.el.parentElement; e; e = e.parentElement) if (byEl.has(e)) return byEl.get(e)!;
    return null;
  };
  const split = new Set<Element>();
  for (const c of found) {
    for (let o = outerOf(c); o; o = outerOf(o)) if (o.numbers > 1) split.add(o.el);
  }
  const kept = found.filter((c) => !split.has(c.el));
  const keptEls = new Set(kept.map((c) => c.el));
  const insideKept = (c: Candidate) => {
    for (let e = c.el.parentElement; e; e = e.parentElement) if (keptEls.has(e)) return true;
    return false;
  };
  // struck-out parts stay: the outer text left them out, and they name the former price
  return kept.filter((c) => c.old === 'strong' || !insideKept(c));
}

/**
 * For shops whose class names say nothing (generated CSS): short texts that are just an amount with
 * a currency ("€41.30"), close to the heading; `only` narrows which elements are read.
 */
export function collectBarePrices(
  heading: Element,
  hints: CurrencyHints,
  only?: (el: Element) => boolean,
): Candidate[] {
  let box: Element = heading;
  for (let i = 0; i < BARE_LEVELS && box.parentElement && box.parentElement.tagName !== 'BODY'; i++)
    box = box.parentElement;
  const out: Candidate[] = [];
  for (const el of Array.from(box.querySelectorAll('span, div, p, strong, b, ins, del, s, em, dd'))) {
    // `only` first: it is cheaper than reading the element's amount (a "from" headline test)
    if (el.children.length > 2 || (only && !only(el))) continue;
    const own = priceText(el);
    const text = withSiblingCurrency(el, own);
    if (!text || text.length > 25 || (text === own && !BARE_PRICE.test(text))) continue;
    const { amount, currency } = readShownPrice(text, hints);
    if (
      !currency ||
      amount === null ||
      amount <= 0 ||
      isHidden(el) ||
      isOutsideMainProduct(el) ||
      isBeforeTax(el) ||
      labelledBefore(el, INSTALMENT)
    )
      continue;
    if (out.some((o) => o.el.contains(el) || el.contains(o.el))) continue;
    out.push({ el, amount, currency, old: oldness(el, text), other: isOtherOffer(el) || inOptionPicker(el) });
    if (out.length >= 20) break;
  }
  return out;
}

/** A text that is only a currency sign or short word: "元", "€", "NT$", "zł", "Kč", "руб.". */
const CURRENCY_ONLY = /^(?:\p{Sc}{1,2}|\p{L}{1,3}\.?|\p{L}{1,3}\p{Sc})$/u;

/** The nearest non-blank sibling node's text on one side, when it is only a currency. */
function siblingText(el: Element, forward: boolean): string {
  for (
    let n = forward ? el.nextSibling : el.previousSibling, i = 0;
    n && i < 3;
    n = forward ? n.nextSibling : n.previousSibling, i++
  ) {
    const t = (n.textContent ?? '').replace(/[\s\u00a0]+/g, ' ').trim();
    if (t) return CURRENCY_ONLY.test(t) ? t : '';
  }
  return '';
}

/**
 * A bare number whose currency stands in the next or previous element ("<span>294</span><span> 元 </span>",
 * "<b>$</b><b>19.90</b>"): the number with that currency, else the text unchanged.
 */
function withSiblingCurrency(el: Element, text: string): string {
  if (!text || !BARE_NUMBER.test(text) || el.children.length > 0) return text;
  const after = siblingText(el, true);
  if (after && !/\d/.test(after) && readPrice(`${text} ${after}`).currency) return `${text} ${after}`;
  const before = siblingText(el, false);
  if (before && !/\d/.test(before) && readPrice(`${before}${text}`).currency) return `${before}${text}`;
  return text;
}
