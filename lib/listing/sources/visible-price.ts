import { readShownPrice, type CurrencyHints } from '../currency';
import { attrNames, treeDistance, visibleText } from '../dom';
import { collectBarePrices, collectPrices, type Candidate } from '../price-candidates';
import { FROM_LABEL, isFromHeadline } from '../price-labels';
import { isStruck } from '../price-text';

/** The price a shopper sees next to the product, and the crossed-out ones beside it. */
export interface VisiblePrice {
  price: number | null;
  currency: string | null;
  /** Strikethrough / "was" prices shown near the current one. */
  regular: number[];
}

/** Finds the displayed price nearest the product heading, skipping struck-out and non-item prices. */
export function readVisiblePrice(doc: Document, heading: Element | null, hints: CurrencyHints): VisiblePrice {
  let candidates = collectPrices(doc, hints);
  if (heading) {
    // bare amounts by the heading: all when no named price is current, else only a "from" headline
    // ("最低價$29元起/罐" above a table of box prices), the price the page advertises
    const named = candidates.some((c) => c.old === null);
    // reading every short text by the heading costs: with a named price, only when a "from" label is there
    const bare = (
      named && !hasFromLabel(heading) ? [] : collectBarePrices(heading, hints, named ? isFromHeadline : undefined)
    ).filter((b) => !named || !candidates.some((c) => c.el.contains(b.el) || b.el.contains(c.el)));
    // a headline as near as a named price is the one advertised: it comes first, so it wins ties
    candidates = named ? bare.concat(candidates) : candidates.concat(bare);
  }
  const near = (c: Candidate) => (heading ? treeDistance(heading, c.el) : 0);
  let current = candidates.filter(
    (c) =>
      c.old !== 'strong' &&
      !inOtherProductTile(c.el, heading, hints.pageUrl) &&
      !inOtherProductCard(c.el, heading, hints.pageUrl),
  );
  // the main offer first: used copies, other sellers and single options only when it has no price
  if (current.some((c) => !c.other)) current = current.filter((c) => !c.other);
  // a "regular" price is the former one only when a current price sits beside it
  const isFormer = (c: Candidate) =>
    c.old === 'strong' ||
    (c.old === 'weak' && current.some((o) => o !== c && o.old === null && treeDistance(o.el, c.el) <= 6));
  let best: Candidate | null = null;
  for (const c of current) if (!isFormer(c) && (!best || near(c) < near(best))) best = c;
  // nothing current: a price only its class name calls old ("price-old-live") is the one shown
  if (!best && heading)
    for (const c of candidates)
      if (c.old === 'strong' && !struckByTagOrStyle(c.el) && near(c) <= 12 && (!best || near(c) < near(best))) best = c;
  if (!best) return { price: null, currency: null, regular: [] };
  const regular = candidates
    .filter((c) => isFormer(c) && treeDistance(c.el, best!.el) <= 8)
    .map((c) => c.amount)
    .concat(struckNear(best.el, hints))
    .filter((a) => a !== best!.amount);
  return { price: best.amount, currency: best.currency, regular: Array.from(new Set(regular)) };
}

/** A text node of the block the bare-price search reads (four levels up, below BODY) holds a "from" label. */
function hasFromLabel(heading: Element): boolean {
  let box: Element = heading;
  for (let i = 0; i < 4 && box.parentElement && box.parentElement.tagName !== 'BODY'; i++) box = box.parentElement;
  for (const el of Array.from(box.querySelectorAll('*'))) {
    for (const n of Array.from(el.childNodes)) {
      const t = n.nodeType === 3 ? (n.textContent ?? '') : '';
      if (t.length >= 1 && t.length < 200 && FROM_LABEL.test(t)) return true;
    }
  }
  return false;
}

/** Struck-out amounts in the current price's block ("<del>€50</del> €40" has no price class to find). */
function struckNear(el: Element, hints: CurrencyHints): number[] {
  let box = el;
  for (let i = 0; i < 2 && box.parentElement && box.parentElement.tagName !== 'BODY'; i++) box = box.parentElement;
  const out: number[] = [];
  for (const e of Array.from(box.querySelectorAll('*')).slice(0, 200)) {
    if (!isStruck(e)) continue;
    const amount = readShownPrice(visibleText(e, 60), hints).amount;
    if (amount !== null && amount > 0) out.push(amount);
  }
  return out;
}

/** Crossed out as shown (a <del>/<s> tag or line-through style), not only named so. */
function struckByTagOrStyle(el: Element): boolean {
  for (let e: Element | null = el, i = 0; e && i < 4; e = e.parentElement, i++) {
    if (/^(DEL|S|STRIKE)$/.test(e.tagName) || /line-through/i.test(e.getAttribute('style') ?? '')) return true;
  }
  return false;
}

/** How far up from a price a product tile's own heading link is looked for. */
const TILE_LEVELS = 4;

/**
 * In another product's tile: a block around the price, not holding the page's heading, whose
 * heading links to another page ("Similar products" cards: image, <h4><a href=other>name</a></h4>, price).
 */
function inOtherProductTile(el: Element, heading: Element | null, pageUrl: string): boolean {
  let e = el.parentElement;
  for (let i = 0; e && i < TILE_LEVELS && e.tagName !== 'BODY'; i++, e = e.parentElement) {
    if (heading && e.contains(heading)) return false;
    for (const link of Array.from(
      e.querySelectorAll('h2 a[href], h3 a[href], h4 a[href], h5 a[href], h6 a[href]'),
    ).slice(0, 8)) {
      const a = link.tagName === 'IMG' ? link.parentElement! : link;
      if (otherPage(a.getAttribute('href')!, pageUrl)) return true;
    }
  }
  return false;
}

/** How far up from a price a carousel card or tile around it is looked for. */
const CARD_LEVELS = 8;
const CARD_NAMES = /carousel|(^|[\s_-])card([\s_-]|$)/;
const GALLERY_NAMES = /gallery|thumb|zoom|media|image|photo|picture/;

/**
 * In a card of a carousel ("Consider this item", "Customers also bought"), even a lone one: a block
 * named card or carousel, not holding the page's heading, whose picture links to another page.
 */
function inOtherProductCard(el: Element, heading: Element | null, pageUrl: string): boolean {
  let e = el.parentElement;
  for (let i = 0; e && i < CARD_LEVELS && e.tagName !== 'BODY'; i++, e = e.parentElement) {
    if (heading && e.contains(heading)) return false;
    const names = attrNames(e);
    if (!CARD_NAMES.test(names) || GALLERY_NAMES.test(names)) continue;
    for (const img of Array.from(e.querySelectorAll('a[href] img')).slice(0, 4)) {
      const a = img.closest('a[href]');
      if (a && otherPage(a.getAttribute('href')!, pageUrl)) return true;
    }
  }
  return false;
}

function otherPage(href: string, pageUrl: string): boolean {
  if (!href || href.startsWith('#') || /^(javascript|mailto|tel):/i.test(href)) return false;
  try {
    const a = new URL(href, pageUrl);
    const b = new URL(pageUrl);
    return a.host !== b.host || a.pathname.replace(/\/$/, '') !== b.pathname.replace(/\/$/, '');
  } catch {
    return false;
  }
}
