import { lookupBrand, lookupRetailer } from '../../gazetteer';
import { pageBlocks, type Block } from '../blocks';
import { canonical, splitBrand } from '../brand';
import type { Candidate, Ctx, Format, Line } from '../context';
import { linkIn } from '../href';
import { stripLabels } from '../labels';
import { isWebAddress, retailerFromText, retailerFromUrl } from '../retailer';
import { clean, nameOk, properName, words } from '../text';

// A field box's class that names its maker: "product__brand", "marca", "designer".
const BRAND_FIELD = /brand|marca|marque|marke|designer|vendor|maker/i;
// "Name by Maker", "Name – Maker" closing a title: the maker after the product, as shop titles write it.
const BY_MAKER = /^(.{3,}?)\s+(?:by|von|par|di)\s+(.{2,40})$/iu;
const DASH_MAKER = /^(.{3,}?)\s+[–—-]\s+(.{2,40})$/u;
// What may stand between an offer's price and its shop: "at", "from", "(from AO.com)", "en", "chez", ", ".
const SHOP_AFTER =
  /^[\s,;:|–—(-]*(?:(?:at|from|via|en|chez|bei|bij|su|da|sur|op|hos|na|w|@)\s+)?([^,;|()]{2,40}?)[\s.)]*(?:[,;|(]|$)/iu;

/** A maker written as one: known to the gazetteer, or a short capitalised name. */
const makerLike = (s: string): boolean => !!lookupBrand(s) || properName(s, 3);

/** The title read into maker and name: "Name by Maker", "Name – Maker", else the general split. */
function readTitle(text: string, url: string | null): { brand: string | null; name: string } {
  const by = BY_MAKER.exec(text);
  if (by && makerLike(by[2]!)) return { brand: canonical(by[2]!.trim()), name: by[1]!.trim() };
  const dash = DASH_MAKER.exec(text);
  // The maker closes a descriptive name ("Micellar cleansing water – Maker"), or opens a model's ("Maker – Model").
  if (dash && /\p{Ll}{3}/u.test(dash[1]!) && !properName(dash[1]!, 6) && makerLike(dash[2]!))
    return { brand: canonical(dash[2]!.trim()), name: dash[1]!.trim() };
  return splitBrand(text, null, url);
}

/** A short line right above or below the title that names only the maker (a card's brand field). */
function makerLine(ctx: Ctx, blk: Block): string | null {
  for (const i of [blk.title - 1, blk.title + 1]) {
    const l: Line | undefined = ctx.lines[i];
    if (!l || i === blk.offer || l.h || l.pc?.length || words(l.text).length > 4) continue;
    const t = clean(l.text);
    if (BRAND_FIELD.test(l.el.getAttribute('class') ?? '') || lookupBrand(t)?.ambiguous === false) return canonical(t);
  }
  return null;
}

/** The shop an offer line names beside its price ("£45 at Shop", "$1,095, shop.com", "Shop, shop.com | $128"). */
function offerShop(line: Line, brand: string | null): string | null {
  const c = line.pc![0]!;
  // The offer's own clause: a sentence after it ("… en Cuadra. Hechas en León") says something else.
  const after = SHOP_AFTER.exec(line.text.slice(c.e).split(/\.\s/)[0]!);
  const shop = after && retailerFromText(after[1]!, brand);
  if (shop) return shop;
  // Before the price only a shop the gazetteer knows or a shop's domain: labels ("Prix :") stand there too.
  const first = line.text.slice(0, c.s).split(/[,;|]/)[0]!.trim();
  return first && (lookupRetailer(first) || isWebAddress(first)) ? retailerFromText(first, brand) : null;
}

/**
 * A product block of a buying guide or round-up (./blocks): the title names the product, the offer line on its
 * own (before or after the description) gives its price and shop, and the shape repeats for every product of the
 * page. The maker comes from the title ("by Maker", "– Maker", the gazetteer) or from a brand field beside it.
 */
export const titleBlock: Format = {
  id: 'anchor-block',
  detect(ctx) {
    const out: Candidate[] = [];
    const pb = pageBlocks(ctx);
    for (const blk of pb.byTitle.values()) {
      if (blk.offer < 0 || !blk.short || (pb.runs.get(blk.key) ?? 0) < 2) continue;
      const title = ctx.lines[blk.title]!;
      const offer = ctx.lines[blk.offer]!;
      const text = stripLabels(clean(title.text)).replace(/[\s,:;–—-]+$/, '');
      const url = linkIn(ctx, offer, 0, offer.text.length) ?? linkIn(ctx, title, 0, title.text.length);
      const split = readTitle(text, url);
      const field = split.brand ? null : makerLine(ctx, blk);
      const brand = split.brand ?? field;
      const name = split.name;
      if (!name || !nameOk(name) || !/\p{L}{2}/u.test(name)) continue;
      const retailer = offerShop(offer, brand) ?? retailerFromUrl(url, brand);
      out.push({
        brand,
        name,
        price: offer.pc![0]!.price,
        retailer,
        url,
        element: title.el,
        claims: [
          { i: title.i, s: 0, e: 1e9 },
          { i: offer.i, s: 0, e: 1e9 },
        ],
        score: 3 + (brand ? 1 : 0),
        format: 'anchor-block',
      });
    }
    return out;
  },
};
