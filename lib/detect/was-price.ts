import type { Ctx, Line } from './context';
import { clusters } from './clusters';

/**
 * Class-name parts shops give the reference price shown beside a sale price: "price--compare", "tile-price__regular",
 * "old-price", "price-was", "uvp" (German list price), "omnibus" (the EU's lowest-price-of-30-days line).
 */
const WAS_CLASS = new RegExp(
  String.raw`(?:^|[\s_-])(?:was|old|regular|compare|original|strike|strikethrough|striked|crossed|before|rrp|msrp|` +
    String.raw`uvp|omnibus|lowest|previous|prev)(?:$|[\s_-])`,
  'i',
);
/** Struck-through elements. */
const STRUCK = /^(?:S|DEL|STRIKE)$/;
/**
 * The EU rule's line under a sale: the lowest price of the last 30 days ("Lowest price in the last 30 days",
 * "Najniższa cena z 30 dni przed obniżką", "Niedrigster Preis der letzten 30 Tage"). A reference, not an offer.
 */
const LOWEST_30 =
  /\b30\s*(?:days?|dni|dnů|dní|tage?n?|jours|giorni|d[ií]as|dias|dagen|dagar|dage|dages|päivän|napban|zile|ημερών)\b/i;

/** Whether a price line reads as the reference price of a sale (struck, marked "regular"/"was", or the EU's line). */
export function wasPriceLine(l: Line, box: Element): boolean {
  if (LOWEST_30.test(l.text)) return true;
  for (let e: Element | null = l.el; e && e !== box; e = e.parentElement) {
    if (STRUCK.test(e.tagName.toUpperCase()) || WAS_CLASS.test(e.getAttribute('class') ?? '')) return true;
  }
  // A block holding only a struck price: "<p><del>£30</del></p>".
  const s = l.el.querySelector('s, del, strike');
  return !!s && (s.textContent ?? '').trim() === l.text.trim();
}

/**
 * A record's lines without the reference prices of a sale ("£29.99" struck beside "£19.99"), so the record reads as
 * one product at its selling price. Nothing is dropped when every price is marked: a shop may mark its only price
 * "regular" when nothing is on sale.
 */
export function sellingLines(ctx: Ctx, lines: Line[], box: Element): Line[] {
  const priced = lines.filter((l) => clusters(ctx, l).length);
  const was = new Set(priced.filter((l) => wasPriceLine(l, box)));
  if (!was.size || was.size === priced.length) return lines;
  return lines.filter((l) => !was.has(l));
}
