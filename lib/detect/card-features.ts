import type { Candidate, Ctx } from './context';
import { ownSlot } from './anchors/own-shop';

/**
 * Names of the features of shop cards, buying guides and retailer journals, in order (appended to
 * ./feature-names after the record features).
 */
export const CARD_FEATURE_NAMES: readonly string[] = [
  'format:anchor-own-shop',
  'own-shop*slot',
  'own-shop*url-repeats',
  'own-shop*page-slots',
  'own-shop*page-cart',
];

/** A shop's bag, basket or cart in its chrome ("Shopping Bag (0)", "/cart"): the site sells. */
const CART = /\/(?:cart|basket|bag|checkout|warenkorb|panier|carrito|carrello|winkelwagen|koszyk)(?:[/?#.]|$)/i;
const MAX_LINKS = 3000;

interface PageLinks {
  /** How often each absolute href appears on the page. */
  count: Map<string, number>;
  /** Distinct links to product slots on the page's own site. */
  slots: number;
  /** Whether the page links to a cart. */
  cart: boolean;
}
const LINKS = new WeakMap<Document, PageLinks>();

/** The page's links, read once per page (the scorer reads every candidate against them). */
function pageLinks(ctx: Ctx): PageLinks {
  let p = LINKS.get(ctx.doc);
  if (p) return p;
  p = { count: new Map(), slots: 0, cart: false };
  const as = ctx.doc.getElementsByTagName('a');
  for (let k = 0; k < as.length && k < MAX_LINKS; k++) {
    const raw = as[k]!.getAttribute('href') ?? '';
    if (!raw || raw.startsWith('#')) continue;
    let h = raw;
    try {
      h = new URL(raw, ctx.pageUrl).href;
    } catch {
      // A broken href counts as written.
    }
    const n = p.count.get(h) ?? 0;
    p.count.set(h, n + 1);
    if (!n && ownSlot(ctx, h)) p.slots++;
    if (CART.test(raw)) p.cart = true;
  }
  LINKS.set(ctx.doc, p);
  return p;
}

const b = (x: boolean) => (x ? 1 : 0);

/** The card features of one candidate (names in CARD_FEATURE_NAMES). */
export function cardFeatures(ctx: Ctx, c: Candidate): number[] {
  const own = c.format === 'anchor-own-shop';
  const links = pageLinks(ctx);
  const repeats = own && c.url ? (links.count.get(c.url) ?? 1) : 1;
  return [
    // Links from a shop's own journal or guide to its own product pages (./anchors/own-shop).
    b(own),
    b(own && !!c.url && ownSlot(ctx, c.url)),
    // The same product linked twice (in the text and on a tile under it).
    Math.log1p(Math.min(repeats, 6) - 1),
    own ? Math.log1p(Math.min(links.slots, 30)) / 2 : 0,
    b(own && links.cart),
  ];
}
