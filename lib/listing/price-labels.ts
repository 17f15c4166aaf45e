/**
 * Labels beside a shown amount that make it something other than the main offer's price: before
 * tax, an instalment, another offer (used, other sellers) or one option in a picker. Per language.
 */
import { readPrice } from '../price';
import { attrNames } from './dom';

/** Labels of a price before tax, shown beside the price a shopper pays: "Brez DDV:", "bez DPH", "excl. VAT", "HT". */
export const BEFORE_TAX = new RegExp(
  [
    'brez ddv|bez dph|bez dph|bez pdv|bez vat',
    String.raw`excl\.? ?(?:vat|tax|btw|gst)|ex\.? ?(?:vat|gst)|ohne mwst|exkl\.? ?mwst|netto`,
    String.raw`hors tax|(?<!\p{L})ht(?!\p{L})|sin iva|senza iva|без ндс|без пдв|áfa nélkül|fără tva`,
  ].join('|'),
  'iu',
);
/**
 * Labels of another offer for the same product, in the shops' languages: used or refurbished copies,
 * other sellers ("New & Used (9) from", "Neufs & occasions (4)", "Gebraucht ab", "Buy Used"), and a count
 * of offers with their lowest price ("Neu (4) ab 8,32 €", "New (3) from $9.99").
 */
const OTHER_OFFER_WORDS = [
  'used|pre-?owned|refurbished|renewed|other sellers|more buying choices',
  'occasions?|d.occasion|reconditionn[ée]s?|autres vendeurs',
  'gebraucht|generalüberholt|andere verkäufer',
  'usat[oi]|ricondizionat[oi]|altri venditori',
  'usad[oa]s?|reacondicionad[oa]s?|otros vendedores|seminov[oa]s?|outros vendedores',
  'gebruikt|używan[ey]|použit[éý]',
  String.raw`\(\d+\)\s?(?:from|ab|à partir de|dès|desde|da|a partir de|vanaf|od|från|fra)`,
];
export const OTHER_OFFER = new RegExp(String.raw`(?<!\p{L})(?:${OTHER_OFFER_WORDS.join('|')})(?!\p{L})`, 'iu');
/** Labels of an instalment, in the shops' languages: "每期$98", "3 cuotas de", "4 x 25 €", "per month". */
export const INSTALMENT = new RegExp(
  [
    '每期|分期|期0?利率',
    String.raw`instal{1,2}ments?|payments? of|per month|a month|\/\s?mo(?:nth)?\b|monthly`,
    String.raw`cuotas?|parcelas?|mensualidad(?:es)?|rate da|\d+\s?rate|ratenzahlung|monatlich`,
    'mensuel(?:le)?s?|par mois|mensilità|в месяц|rat[ay] ',
    String.raw`(?<!\p{L})\d{1,2}\s?[x×]\s?(?:de\s?)?$`,
  ].join('|'),
  'iu',
);

/** The text right before the element, in its parent or grandparent and back to any other amount, matches `label`. */
export function labelledBefore(el: Element, label: RegExp): boolean {
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
export function isBeforeTax(el: Element): boolean {
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

export function inOptionPicker(el: Element): boolean {
  let e: Element | null = el;
  for (let i = 0; e && i < 6; i++, e = e.parentElement) if (PICKER_NAMES.test(attrNames(e))) return true;
  return false;
}

/** The text before the element in its parent (and grandparent) names another offer: used, other sellers. */
export function isOtherOffer(el: Element): boolean {
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
 * Labels of a headline "from" price, the lowest the product sells for ("最低價$29元起", "from $99",
 * "ab 9,99 €", "à partir de 12 €", "desde $5.000"): the price a page advertises for the product.
 */
export const FROM_LABEL = new RegExp(
  [
    String.raw`最低價?|最低价|起(?:\/|$|\s)`,
    String.raw`(?<!\p{L})(?:from|starting at|as low as|ab|à partir de|dès|desde|a partir de|a partire da|` +
      String.raw`vanaf|från|fra|od|от|alkaen)(?!\p{L})`,
  ].join('|'),
  'iu',
);

/** The amount's own short block (parent or grandparent, under 40 characters) reads as a "from" headline. */
export function isFromHeadline(el: Element): boolean {
  let e: Element | null = el;
  for (let i = 0; i < 2 && e; i++, e = e.parentElement) {
    // a headline block is a few nodes; a wide one is not worth reading
    if (e.childNodes.length > 6) return false;
    const t = (e.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (t.length > 40) return false;
    if (FROM_LABEL.test(t)) return true;
  }
  return false;
}
