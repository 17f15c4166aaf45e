import { lookupBrand, lookupRetailer } from '../gazetteer';
import { canonical } from './brand';
import type { Candidate, Ctx } from './context';
import { lowerAlnum } from './text';

/**
 * What may stand between a credit's price and the name after it: "each", a comma or dash, a shop's preposition
 * ("$29.95 each, from Pillow Talk", "£10, ASOS", "HK$1,680 Religeon").
 */
const AFTER_PRICE = new RegExp(
  String.raw`^\s*(?:each|the pair|pièce|chacun|chacune|stk|st)?\s*[,;/|–—-]?\s*` +
    String.raw`(?:from\s+|at\s+|chez\s+|bei\s+|via\s+|de\s+)?(.{2,40})`,
  'iu',
);

/** A web address named as the shop ("wearefaace.com"): a shop, not the label's name. */
const DOMAIN = /\.[a-z]{2,}$/i;

/** A maker handed over inside the name ("Pallo vase from Skruf's glassworks"): the shop only sold it. */
const OTHER_MAKER = /\s(?:by|from|von|par|de|di|van|fra|från)\s+\p{Lu}/u;

/** Readers that take a credit's "piece, price, Name" apart into a name and a shop. */
const CREDIT_READERS = new Set(['anchor-line', 'caption']);

/** Whether the candidate's shop is the name written right after its price in its own line. */
function shopAfterPrice(ctx: Ctx, c: Candidate): boolean {
  const shop = lowerAlnum(c.retailer ?? '');
  if (!shop) return false;
  return c.claims.some((cl) => {
    const line = ctx.lines[cl.i];
    const pcs = (line?.pc ?? []).filter((p) => p.s >= cl.s && p.e <= cl.e);
    const last = pcs[pcs.length - 1];
    if (!line || !last) return false;
    const m = AFTER_PRICE.exec(line.text.slice(last.e, last.e + 60));
    return !!m && lowerAlnum(m[1]!).startsWith(shop);
  });
}

/**
 * The shop named after a credit's price as the piece's maker: "leggings, £10, Monki", "Cactus Garden, $24.99, from
 * Adairs". Outfit and shopping credits name the label where a shop would stand; a store the gazetteer knows only
 * as a seller of other labels is no maker. One variant over the same text, for the scorer to
 * weigh against the brandless reading (the features in SHOP_MAKER_FEATURE_NAMES).
 */
export function priceShopMaker(ctx: Ctx, c: Candidate): Candidate[] {
  if (c.brand || c.alt || !c.price || !c.retailer || !CREDIT_READERS.has(c.format)) return [];
  if (!shopAfterPrice(ctx, c) || DOMAIN.test(c.retailer!)) return [];
  // A store that sells other labels (Selfridges, Amazon, Opening Ceremony) made no piece, even one with a label.
  const shop = lookupRetailer(c.retailer!);
  if ((shop && !shop.ownLabel) || OTHER_MAKER.test(c.name)) return [];
  // The name of the piece spells the shop already ("ASOS Design dress"): roles read it and left it out.
  if (lowerAlnum(c.name).includes(lowerAlnum(c.retailer!))) return [];
  return [{ ...c, brand: lookupBrand(c.retailer!)?.name ?? canonical(c.retailer!), alt: 'shop' }];
}

export const SHOP_MAKER_FEATURE_NAMES: readonly string[] = ['maker-shop-price', 'maker-shop-list'];

/**
 * Features of a shop-as-maker variant: that it is one, and whether its line lists more prices (a credit line of
 * outfit pieces).
 */
export function shopMakerFeatures(ctx: Ctx, c: Candidate): number[] {
  if (c.alt !== 'shop') return [0, 0];
  const line = ctx.lines[c.claims[0]?.i ?? -1];
  return [1, (line?.pc?.length ?? 0) >= 2 ? 1 : 0];
}
