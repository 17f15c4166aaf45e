import { readPrice } from '../price';
import { readShownPrice, type CurrencyHints } from './currency';
import { attrNames, isHidden } from './dom';
import { docIndex } from './dom-index';
import { isOutsideMainProduct } from './other-products';
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
const NOT_ITEM_PRICE =
  /shipping|delivery|postage|install?ment|monthly|per[-_]?month|finance|klarna|afterpay|unit[-_]?price|price[-_]?per|base[-_]?price|saving|you[-_]?save|discount|percent|subtotal|total|filter|range|facet|voucher|coupon|points|loyalty|price[-_]?(?:fraction|cents?|decimals?|whole|symbol)|(^|[\s_-])(?:gsbb)?used|usedprice|refurb|pre-?owned|second-?hand|olp|offer-?listing|other-?sellers?|all-?offers/;
/** Labels of a price before tax, shown beside the price a shopper pays: "Brez DDV:", "bez DPH", "excl. VAT", "HT". */
const BEFORE_TAX =
  /brez ddv|bez dph|bez dph|bez pdv|bez vat|excl\.? ?(?:vat|tax|btw|gst)|ex\.? ?(?:vat|gst)|ohne mwst|exkl\.? ?mwst|netto|hors tax|(?<!\p{L})ht(?!\p{L})|sin iva|senza iva|без ндс|без пдв|áfa nélkül|fără tva/iu;
/**
 * Labels of another offer for the same product, in the shops' languages: used or refurbished copies,
 * other sellers ("New & Used (9) from", "Neufs & occasions (4)", "Gebraucht ab", "Buy Used").
 */
const OTHER_OFFER =
  /(?<!\p{L})(?:used|pre-?owned|refurbished|renewed|other sellers|more buying choices|occasions?|d.occasion|reconditionn[ée]s?|autres vendeurs|gebraucht|generalüberholt|andere verkäufer|usat[oi]|ricondizionat[oi]|altri venditori|usad[oa]s?|reacondicionad[oa]s?|otros vendedores|seminov[oa]s?|outros vendedores|gebruikt|używan[ey]|použit[éý])(?!\p{L})/iu;
/** Labels of an instalment, in the shops' languages: "每期$98", "3 cuotas de", "4 x 25 €", "per month". */
const INSTALMENT =
  /每期|分期|期0?利率|instal{1,2}ments?|payments? of|per month|a month|\/\s?mo(?:nth)?\b|monthly|cuotas?|parcelas?|mensualidad(?:es)?|rate da|\d+\s?rate|ratenzahlung|monatlich|mensuel(?:le)?s?|par mois|mensilità|в месяц|rat[ay] |(?<!\p{L})\d{1,2}\s?[x×]\s?(?:de\s?)?$/iu;
const MAX_CANDIDATES = 400;
const BARE_NUMBER = /^\d[\d.,' ]*$/;
/** An element that is the price itself ("price", "product-price", "price--x1"), not a block mentioning it. */
const NAMED_PRICE = /(^|[\s_-])(product-?|sale-?|current-?|final-?)?price([\s_-]|$)/;
/** How far above the heading the bare-price search looks (the buy box usually shares a parent). */
const BARE_LEVELS = 4;
/** Nothing but an amount and a currency sign or code: "€41.30", "41,30 €", "EUR 41.30", "$ 87". */
const BARE_PRICE = /^[^\d\p{L}]{0,3}(\p{Lu}{3})?\s?[^\d\p{L}\s]{0,3}\s?\d[\d.,' ]*\s?[^\d\p{L}\s]{0,3}\s?(\p{Lu}{3}|zł|kr|Kč|Ft|lei)?\.?$/u;

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
    found.push({ el, amount, currency, old: oldness(el, text), numbers, other: isOtherOffer(el) || inOptionPicker(el) });
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

/** The text right before the element, in its parent or grandparent and back to any other amount, matches `label`. */
function labelledBefore(el: Element, label: RegExp): boolean {
  let e: Element = el;
  for (let i = 0; i < 2 && e.parentElement; i++, e = e.parentElement) {
    let lead = '';
    for (let n = e.previousSibling; n && lead.length < 60; n = n.previousSibling) {
      const t = n.textContent ?? '';
      // another amount with its sign: the label before it is that amount's
      if (/\d/.test(t) && (/\p{Sc}\s?\d|\d\s?\p{Sc}/u.test(t) || readPrice(t).currency)) return label.test(lead);
      lead = t + lead;
    }
    if (label.test(lead.slice(-60))) return true;
  }
  return false;
}

/** The label right before the element says the amount is before tax ("<li>Brez DDV: <span>36.53€</span></li>"). */
function isBeforeTax(el: Element): boolean {
  let label = '';
  for (let n = el.previousSibling; n && label.length < 60; n = n.previousSibling) {
    const t = n.textContent ?? '';
    if (/\d/.test(t)) break; // another amount: its label is not this one's
    label = t + label;
  }
  return BEFORE_TAX.test(label.slice(-60));
}

/** Option pickers, where each size or colour shows its own price. */
const PICKER_NAMES = /swatch|variation|twister|size[-_]?name|variant[-_]?(option|picker|selector)/;

function inOptionPicker(el: Element): boolean {
  let e: Element | null = el;
  for (let i = 0; e && i < 6; i++, e = e.parentElement) if (PICKER_NAMES.test(attrNames(e))) return true;
  return false;
}

/** The text before the element in its parent (and grandparent) names another offer: used, other sellers. */
function isOtherOffer(el: Element): boolean {
  let e: Element = el;
  for (let i = 0; i < 2 && e.parentElement; i++, e = e.parentElement) {
    const all = e.parentElement.textContent ?? '';
    if (all.length > 300) return false;
    const own = e.textContent ?? '';
    const lead = all.slice(0, Math.max(0, all.indexOf(own)));
    // stop at another amount: a label before it is that amount's
    if (/\d[.,]\d\d/.test(lead)) return false;
    if (OTHER_OFFER.test(lead)) return true;
  }
  return false;
}

/**
 * For shops whose class names say nothing (generated CSS): short texts that are just an amount with
 * a currency ("€41.30"), close to the heading.
 */
export function collectBarePrices(heading: Element, hints: CurrencyHints): Candidate[] {
  let box: Element = heading;
  for (let i = 0; i < BARE_LEVELS && box.parentElement && box.parentElement.tagName !== 'BODY'; i++) box = box.parentElement;
  const out: Candidate[] = [];
  for (const el of Array.from(box.querySelectorAll('span, div, p, strong, b, ins, del, s, em, dd'))) {
    if (el.children.length > 2) continue;
    const text = priceText(el);
    if (!text || text.length > 25 || !BARE_PRICE.test(text)) continue;
    const { amount, currency } = readShownPrice(text, hints);
    if (!currency || amount === null || amount <= 0 || isHidden(el) || isOutsideMainProduct(el) || isBeforeTax(el) || labelledBefore(el, INSTALMENT)) continue;
    if (out.some((o) => o.el.contains(el) || el.contains(o.el))) continue;
    out.push({ el, amount, currency, old: oldness(el, text), other: isOtherOffer(el) || inOptionPicker(el) });
    if (out.length >= 20) break;
  }
  return out;
}

