import { findBrands, lookupBrand } from '../../gazetteer';
import { canonical, splitBrand } from '../brand';
import type { Candidate, Ctx, Format, Line } from '../context';
import { linkIn } from '../href';
import { lexicon, nounHits } from '../lexicon';
import { retailerFromText, retailerFromUrl } from '../retailer';
import { stripLabels } from '../roles';
import { sameSiblings } from '../siblings';
import { clean, nameOk, words } from '../text';

const COLON_LABEL = /^\s*([^:]{1,30}):\s+/;
/**
 * "Piece by/von/fra/från Maker": the maker after the piece. Nordic "fra"/"från"/"af" and "from" too, so a known
 * maker after them is not read with its preposition left on the name ("Espadrillos fra Chanel").
 */
const MAKER_AFTER = /^(.+?)\s+(?:by|von|de|di|van|fra|från|af|from)\s+(\p{Lu}.{1,40})$/u;
const SHOP_SPLIT = /\s+(?:via|at|from|@|bei|chez|presso|en|bij|hos|från|w)\s+(.{2,40})$/iu;
const MAX_WORDS = 16;
/** Credits that name no maker: a gift from someone, a thrifted or inherited piece ("Ring: Gift from my mom"). */
const NO_MAKER = /^(?:gift|gifted|present|vintage|thrifted|old|second[- ]hand|heirloom|handmade)\b|\b(?:my|our)\s/i;
/** Words after a maker that name its shop or line, not a model ("Banana Republic Outlet", "J. Crew Factory"). */
const SHOP_WORD = /^(?:outlet|factory|store|shop|online|collection|kids|men|women|home|studio)$/i;

/** Lines with the same block element as siblings: list items, credits split by <br>, grid cells. */
function inRecords(ctx: Ctx, line: Line): boolean {
  const el = line.el;
  const prev = ctx.lines[line.i - 1];
  const next = ctx.lines[line.i + 1];
  if ((prev && prev.el === el) || (next && next.el === el)) return true;
  return sameSiblings(el) >= 2;
}

/**
 * A brand anchor without a price: a known brand near a product noun or a link, in a repeated
 * record ("Purse: Kate Spade via Nordstrom Rack", "1. M&S, Leather Flatform Flip Flops",
 * "Dunk Low Premium "Sequoia" by Nike").
 */
export const brandRecord: Format = {
  id: 'anchor-list',
  detect(ctx) {
    const out: Candidate[] = [];
    const lex = lexicon();
    for (const line of ctx.lines) {
      if (line.pc?.length || line.h === 1) continue;
      const text = line.text.replace(/\s*\([^()]*\)\s*/g, ' ').trim();
      if (!text || words(text).length > MAX_WORDS || lex.negative.test(text)) continue;
      if (!inRecords(ctx, line) && !line.h) continue;
      let rest = text;
      const label = COLON_LABEL.exec(rest);
      let noun: string | null = null;
      if (label && !lookupBrand(label[1]!)) {
        noun = nounHits(label[1]!) > 0 ? label[1]!.trim() : null;
        rest = rest.slice(label[0].length);
      }
      rest = stripLabels(rest);
      let retailer: string | null = null;
      const shop = SHOP_SPLIT.exec(rest);
      if (shop) {
        const r = retailerFromText(shop[1]!.trim());
        if (r) {
          retailer = r;
          rest = rest.slice(0, shop.index);
        }
      }
      let brand: string | null = null;
      let name = '';
      // "Shoes: Rocket Dog", "Cardigan: Banana Republic Outlet": after a product-noun label the rest is the maker.
      const known = findBrands(rest).find((b) => b.start === 0);
      if (noun && NO_MAKER.test(rest)) continue;
      if (
        noun &&
        /^[\p{Lu}\d]/u.test(rest) &&
        words(rest).length <= 4 &&
        (!known || words(rest.slice(known.end)).length <= 1) &&
        !nounHits(rest)
      ) {
        // "Bag: Valentino Lock", 'Shoes: Naya "Jada"': a model after the maker joins the label noun in the name.
        const quoted = known ? null : /^(.+?)\s+["“„]([^"“”„]+)["”“]$/u.exec(rest.trim());
        const model = (known ? rest.slice(known.end).trim() : (quoted?.[2] ?? '')).replace(/["“”„]/g, '');
        const b = known ? known.name : (quoted?.[1] ?? rest.trim());
        const named = model && !SHOP_WORD.test(model) && /^[\p{Lu}\d]/u.test(model) ? `${noun} ${model}` : noun;
        out.push(record(ctx, line, b, named, retailer, 2));
        continue;
      }
      const hits = findBrands(rest).filter((b) => !b.ambiguous || /^\p{Lu}/u.test(rest.slice(b.start)));
      const by = MAKER_AFTER.exec(rest);
      const lead = by && !lookupBrand(by[2]!) ? findBrands(by[1]!).find((b) => b.start === 0 && !b.ambiguous) : null;
      if (by && lead && nounHits(by[1]!.slice(lead.end))) {
        // "Andrés Sarda bikini fra Anne Sax": the maker opens the record, so the name after "fra" is its shop.
        brand = lead.name;
        name = by[1]!.slice(lead.end);
        retailer ??= retailerFromText(by[2]!.trim());
      } else if (by && (lookupBrand(by[2]!) || hits.length === 0)) {
        brand = canonical(by[2]!.trim());
        name = by[1]!;
      } else if (hits.length) {
        const b = hits[0]!;
        brand = b.name;
        name = `${rest.slice(0, b.start)} ${rest.slice(b.end)}`.replace(/^['’]s\b/, '');
      } else {
        const split = splitBrand(rest);
        if (!split.brand) continue;
        brand = split.brand;
        name = split.name;
      }
      name = clean(name.replace(/\s[/|]\s/g, ' ').replace(/^[\s,:;/|–—-]+|[\s,:;/|–—-]+$/g, ''));
      if (!name && noun) name = noun;
      if (!name || !nameOk(name) || words(name).length > 10) continue;
      out.push(record(ctx, line, brand, name, retailer, 1 + (noun ? 1 : 0) + (nounHits(name) ? 1 : 0)));
    }
    return out;
  },
};

/** A record without a price: `brand`'s `name` on `line` (characters s..e), its link and shop, scored by `evidence`. */
export function record(
  ctx: Ctx,
  line: Line,
  brand: string,
  name: string,
  shop: string | null,
  evidence: number,
  s = 0,
  e = 1e9,
): Candidate {
  const url = linkIn(ctx, line, s, Math.min(e, line.text.length));
  const retailer = shop ?? retailerFromUrl(url, brand);
  return {
    brand,
    name,
    price: null,
    retailer,
    url,
    element: line.el,
    claims: [{ i: line.i, s, e }],
    score: evidence + (url ? 1 : 0) + (retailer ? 1 : 0),
    format: 'anchor-list',
  };
}

/**
 * "<a>Mango Minipau</a> / <a>Hieleven Shoulder Bag</a>": several linked records in one line, split at " / " or " | ".
 */
export const splitRecords: Format = {
  id: 'anchor-list',
  detect(ctx) {
    const out: Candidate[] = [];
    for (const line of ctx.lines) {
      if (line.pc?.length || line.links.length < 2) continue;
      const parts: [number, number][] = [];
      let at = 0;
      for (const m of line.text.matchAll(/\s[/|•·]\s/g)) {
        parts.push([at, m.index]);
        at = m.index + m[0].length;
      }
      parts.push([at, line.text.length]);
      if (parts.length < 2) continue;
      for (const [s, e] of parts) {
        const t = line.text.slice(s, e).trim();
        if (!line.links.some((l) => l.s <= s + 1 && l.e >= e - 1) || words(t).length > 10) continue;
        const hit = findBrands(t).find((b) => b.start === 0);
        const split = hit ? { brand: hit.name, name: t.slice(hit.end).trim() } : splitBrand(t);
        if (split.brand && split.name && nameOk(split.name))
          out.push(record(ctx, line, split.brand, split.name, null, 2, s, e));
      }
    }
    return out;
  },
};
