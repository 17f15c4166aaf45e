import { parsePrice } from '../price';
import type { Price } from '../price/types';

/** How many elements after the product's title are read for its displayed price. */
const MAX_STEPS = 40;
/** A struck-through or "regular" price shown beside the selling one. */
const WAS = /\b(?:regular|compare|was|old|strike|list|msrp|rrp)\b/i;
/** Struck-through text: a was-price. */
const STRUCK = 's, del, strike';

/**
 * The price a shop's product page displays under the product's title (`h1`), for pages whose structured
 * data names the product but carries no offer: the first element after the title whose whole text reads as a
 * price, skipping struck-through or "regular" prices (a sale shows both) and stopping at the buy form.
 */
export function displayedPrice(title: Element, currency: string): Price | null {
  let el: Element | null = title;
  for (let step = 0; step < MAX_STEPS; step++) {
    el = nextElement(el);
    if (!el || el.matches('form, button, footer, h1, h2')) return null;
    // A container is read whole only when nothing inside it is struck through ("£10.00 <small>inc. VAT</small>").
    if (el.closest(STRUCK) || el.querySelector(STRUCK) || WAS.test(el.className)) continue;
    if (WAS.test(el.parentElement?.className ?? '')) continue;
    const text = (el.textContent ?? '').trim();
    // A price with a short note ("£110.00 — ex VAT", "£10.00 inc. VAT"), not a sentence that mentions one.
    if (!text || text.length > 40) continue;
    const price = parsePrice(text, { defaultCurrency: currency });
    if (price && price.amount > 0) return price;
  }
  return null;
}

/** The next element in document order (children first, then siblings, then ancestors' siblings). */
function nextElement(el: Element): Element | null {
  if (el.firstElementChild) return el.firstElementChild;
  for (let e: Element | null = el; e; e = e.parentElement) if (e.nextElementSibling) return e.nextElementSibling;
  return null;
}
