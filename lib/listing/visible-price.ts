import { readShownPrice, type CurrencyHints } from './currency';
import { treeDistance, visibleText } from './dom';
import { collectBarePrices, collectPrices, type Candidate } from './price-candidates';
import { isStruck } from './price-text';

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
  if (heading && !candidates.some((c) => c.old === null)) candidates = candidates.concat(collectBarePrices(heading, hints));
  const near = (c: Candidate) => (heading ? treeDistance(heading, c.el) : 0);
  const current = candidates.filter((c) => c.old !== 'strong');
  // a "regular" price is the former one only when a current price sits beside it
  const isFormer = (c: Candidate) =>
    c.old === 'strong' || (c.old === 'weak' && current.some((o) => o !== c && o.old === null && treeDistance(o.el, c.el) <= 6));
  let best: Candidate | null = null;
  for (const c of current) if (!isFormer(c) && (!best || near(c) < near(best))) best = c;
  if (!best) return { price: null, currency: null, regular: [] };
  const regular = candidates
    .filter((c) => isFormer(c) && treeDistance(c.el, best!.el) <= 8)
    .map((c) => c.amount)
    .concat(struckNear(best.el, hints))
    .filter((a) => a !== best!.amount);
  return { price: best.amount, currency: best.currency, regular: Array.from(new Set(regular)) };
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
