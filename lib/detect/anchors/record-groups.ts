import { findBrands, lookupBrand, lookupRetailer } from '../../gazetteer';
import { canonical, makerOnly, splitBrand } from '../brand';
import type { Candidate, Ctx, Format, Line } from '../context';
import { whole } from '../context';
import { hrefOf, internal } from '../href';
import { COUNTER } from '../offer';
import { hasNamedProduct } from '../section';
import { recordGroups, type Rec } from '../records';
import { destination, retailerFromText, retailerFromUrl } from '../retailer';
import { clean, LABEL, nameOk, properName, words } from '../text';
import { isBuy, marks, noteMarks, outLink, prices } from './record-marks';

// "$98 at Amazon", "Compre na Amazon", "Kaufen bei Zalando": the shop named at the end of a buy line.
const AT = /\s(?:at|from|on|via|@|chez|sur|bei|auf|en|na|no|su|da|bij|hos|w|från)\s+([^,;|()]{2,40})$/iu;
// Card badges above the name ("Best overall", "Our pick", "Runner-up"): they name no product.
const BADGE = /^(?:the\s+)?(?:best|top|our|editor|runner|budget|upgrade|also great|most|new|sale|winner)\b/i;
const BY = /^(.+?)\s+(?:by|von|par|di|van)\s+(\p{Lu}[^,;|()]{1,40})$/u;

const shortName = (t: string) => words(t).length <= 4 && !!(lookupBrand(t) || properName(t));

/**
 * Reads one record by its parts: the price and shop from its price and buy lines (the first price when
 * several buttons offer it), the name from its heading, bold or linked line, else its first short line or
 * its picture's alt text, and the brand from a short line beside the name or from the name itself.
 */
export function readRecord(ctx: Ctx, r: Rec): Candidate | null {
  // A line that is a whole product ("Name, $P at Shop") is read by the line generators, with its own name.
  if (r.lines.some((l) => hasNamedProduct(ctx, l))) return null;
  let price: Candidate['price'] = null;
  let url: string | null = null;
  let shop: string | null = null;
  const names: Line[] = [];
  for (const l of r.lines) {
    const t = clean(l.text);
    if (!t || COUNTER.test(t) || LABEL.test(t)) continue;
    const cs = prices(ctx, l);
    const ext = outLink(ctx, l);
    if (cs.length || isBuy(t)) {
      price ??= cs[0]?.price ?? null;
      url ??= ext;
      const at = AT.exec(t.slice(cs[cs.length - 1]?.e ?? 0));
      shop ??= at ? retailerFromText(at[1]!.trim()) : null;
      continue;
    }
    if (words(t).length > 14 || (BADGE.test(t) && words(t).length <= 5) || /^\d{1,3}[.)]?$/.test(t)) continue;
    // A line that is only a shop's name ("Amazon", "OTTO") says where to buy, not what.
    const own = lookupRetailer(t);
    if (own && !lookupBrand(t)) {
      shop ??= own.name;
      continue;
    }
    names.push(l);
  }
  const full = (l: Line) => {
    const n = l.text.trim().length;
    return [...l.bold.map(([s, e]) => e - s), ...l.links.map((x) => x.e - x.s)].some((x) => x >= n * 0.8);
  };
  const at = Math.max(0, [names.findIndex((l) => l.h > 0), names.findIndex(full)].find((k) => k >= 0) ?? 0);
  const line = names[at];
  let name = line ? clean(line.text) : r.els.map((e) => e.querySelector('img[alt]')?.getAttribute('alt')).find(Boolean);
  url ??= names.map((l) => outLink(ctx, l)).find(Boolean) ?? null;
  if (!url)
    url = r.els.map((e) => hrefOf(ctx, e.closest('a[href]') ?? e.querySelector('a[href]'))).find(Boolean) ?? null;
  if (url && internal(ctx, url)) url = null;
  if (!name || !nameOk(name, 16) || (!price && !url && !shop)) return null;
  let brand: string | null = null;
  const above = at > 0 ? clean(names[at - 1]!.text) : '';
  const below = names[at + 1] ? clean(names[at + 1]!.text) : '';
  const by = BY.exec(name);
  const next = names[at + 1] ? clean(names[at + 1]!.text) : '';
  // A maker's line over the name ("Nivea" in bold over "Soft cream 200 ml"): the next line names the product.
  if (
    line &&
    (!line.h || makerOnly(name)) &&
    shortName(name) &&
    next &&
    !shortName(next) &&
    nameOk(next, 12) &&
    !/[.!?]$/.test(next)
  )
    [brand, name] = [name, next];
  else if (above && shortName(above)) brand = above;
  else if (below && lookupBrand(below) && words(below).length <= 4) brand = below;
  else if (by && (lookupBrand(by[2]!) || properName(by[2]!))) [name, brand] = [by[1]!, by[2]!];
  let split = brand ? { brand: canonical(brand), name } : splitBrand(name, null, url && destination(url));
  // A known maker inside the name ("Leaf blower Acme X200"): the maker, and the rest is the name.
  const hit = split.brand ? null : findBrands(name).find((b) => !b.ambiguous);
  // Else a known maker on another short line of the record ("Everlane" under the picture).
  const other = split.brand || hit ? null : names.map((l) => clean(l.text)).find((t) => t !== name && lookupBrand(t));
  if (other) split = { brand: canonical(other), name };
  if (hit) split = { brand: hit.name, name: clean(`${name.slice(0, hit.start)} ${name.slice(hit.end)}`) };
  if (!split.name || !nameOk(split.name, 16)) return null;
  // With no price, only a maker named in the record makes a link a pick ("a cosy grey hoodie" is a link's words).
  if (!price && !split.brand) return null;
  const retailer = shop ?? retailerFromUrl(url, split.brand);
  return {
    ...split,
    price,
    retailer,
    url,
    element: r.els[0]!,
    claims: whole(r.lines),
    score: 1 + (price ? 2 : 0) + (url ? 2 : 0) + (split.brand ? 1 : 0) + (retailer ? 1 : 0),
    format: 'anchor-group',
  };
}

/**
 * Repeated records found by structure (../records): every record of a group in which two records or more
 * hold a price, a shop link or a buy button is read as one product. The records' and groups' facts
 * (../record-info) go to the scorer, which decides: shop cards and classifieds share one structure.
 */
export const recordGroupsFormat: Format = {
  id: 'anchor-group',
  detect(ctx) {
    const out: Candidate[] = [];
    for (const g of recordGroups(ctx)) {
      const ms = g.recs.map((r) => marks(ctx, r));
      if (ms.filter((m) => m.price || m.link).length < 2) continue;
      const cs = g.recs.map((r, k) => (ms[k]!.price || ms[k]!.link ? readRecord(ctx, r) : null));
      noteMarks(
        g,
        ms,
        cs.map((c) => c?.name ?? null),
      );
      for (const c of cs) if (c) out.push(c);
    }
    return out;
  },
};

/**
 * Drops the records another generator reads already (a line of the record is claimed by a candidate of
 * another format): a record fills the gaps the line and card readers leave, and does not compete with
 * their readings of the same product. Its facts still reach the scorer for the candidates inside it.
 */
export function uncoveredRecords(cands: readonly Candidate[]): Candidate[] {
  const claimed = new Set(cands.filter((c) => c.format !== 'anchor-group').flatMap((c) => c.claims.map((x) => x.i)));
  return cands.filter((c) => c.format !== 'anchor-group' || !c.claims.some((x) => claimed.has(x.i)));
}
