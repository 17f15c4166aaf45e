import { findBrands, lookupRetailer } from '../gazetteer';
import { splitBrand } from './brand';
import type { Candidate, Ctx } from './context';
import { lexicon } from './lexicon';
import { retailerFromText } from './retailer';
import { stripLabels } from './roles';
import { clean, words } from './text';

const BRACKET_SHOP = /\([^()]*\d[^()]*[;,]\s*((?:www\.)?[a-z0-9-]+(?:\.[a-z]{2,}){1,2})\s*\)/i;
/** A verdict label heading a name, per language: "Best budget friendly bed sheets: Microfiber". */
const AWARD_HEAD = new RegExp(
  String.raw`^(?:the\s+)?(?:best|top|our|editor'?s|bester?|testsieger|meilleure?s?|mejor(?:es)?|` +
    String.raw`miglior[ei]?|beste|bästa|najlepsz\p{L}*)\b[^:]{0,60}:\s+(?=\S)`,
  'iu',
);
// A determiner before it ("A Hay lamp") leaves the brand where it is.
const TITLE_WORD =
  /(?:^|\s)(?!(?:A|An|The|This|That|These|Our|My|Its|Le|La|Les|Der|Die|Das|El|Il)\s)\p{Lu}[\p{L}'’.-]*\s+$/u;
const DOMAIN = /^[a-z0-9-]+(?:\.[a-z]{2,}){1,2}$/i;

/**
 * Drops navigation link texts at the end of a record ("… at Amazon Jump to Review", "… Read more"): the words
 * come from the lexicon's [nav] section of every language; they are never part of a product's name.
 */
export function dropNav(text: string): string {
  const nav = lexicon().nav;
  let t = text.trim();
  for (let k = 0; k < 3; k++) {
    const m = nav.exec(t);
    if (!m || m.index === 0) break;
    t = t.slice(0, m.index).trim();
  }
  return t;
}

/**
 * "Eucalyptus Sheet Set at Amazon": a shop named after a shop preposition ends a round-up's summary line. Returns
 * the text before it and the shop, or null when the tail names no shop.
 */
export function shopTail(text: string, brand?: string | null): { rest: string; shop: string } | null {
  const w = words(text);
  for (let n = 1; n <= 3 && n < w.length - 1; n++) {
    const head = w.slice(0, -n).join(' ');
    const prep = lexicon().shop.exec(head);
    if (!prep || prep.index === 0) continue;
    const shop = retailerFromText(w.slice(-n).join(' '), brand);
    if (shop) return { rest: head.slice(0, prep.index).trim(), shop };
  }
  return null;
}

/** The text of a candidate's one claim, or null when it claims several lines or none. */
function claimText(ctx: Ctx, c: Candidate): string | null {
  if (c.claims.length !== 1) return null;
  const x = c.claims[0]!;
  const line = ctx.lines[x.i];
  return line ? line.text.slice(x.s, Math.min(x.e, line.text.length)) : null;
}

/**
 * Review round-ups: a navigation tail ("Jump to Review", "View On Amazon") and a shop tail ("at Amazon") leave the
 * name; an everyday-word brand found inside a title ("Sheet Set" read as a label called "Set …") does not beat
 * the maker leading it, and without a maker the reading is dropped. Returns the candidate (changed or not), or null.
 */
export function reviewTidy(ctx: Ctx, c: Candidate): Candidate | null {
  let { brand, name, retailer } = c;
  const raw = claimText(ctx, c);
  // "(starting at $279; maker.com)": a shop's domain closing the bracket around the price is where to buy it.
  const line = c.claims.length === 1 ? ctx.lines[c.claims[0]!.i] : undefined;
  const dom = !retailer && line ? BRACKET_SHOP.exec(line.text) : null;
  if (dom) retailer = retailerFromText(dom[1]!, brand);
  const inside = brand && raw ? findBrands(raw).find((b) => b.name === brand && b.ambiguous && b.start > 0) : null;
  // Inside a title: right after a capitalised word ("Sheet Set"), and with more of the title after it.
  const title =
    !!inside && !!raw && TITLE_WORD.test(raw.slice(0, inside.start)) && /\p{L}/u.test(raw.slice(inside.end));
  if (inside && raw && title) {
    let rest = dropNav(stripLabels(clean(raw.replace(/\s*\([^()]*\)/g, ''))));
    const tail = shopTail(rest);
    if (tail) [rest, retailer] = [tail.rest, retailer ?? tail.shop];
    const split = splitBrand(rest, null, c.url);
    if (dom) retailer = retailerFromText(dom[1]!, split.brand);
    const again = split.brand ? findBrands(split.brand).some((b) => b.name === brand) : false;
    if (!split.brand || again || !split.name) return null;
    return { ...c, brand: split.brand, name: split.name, retailer };
  }
  const bare = dropNav(name.replace(AWARD_HEAD, ''));
  const tail = shopTail(bare, brand);
  // Without a nav tail only a known shop or a shop's domain ends the name: "Sandals from Maker" keeps its maker.
  const sure = !!tail && (bare !== name || !!lookupRetailer(tail.shop) || DOMAIN.test(tail.shop));
  if (tail && tail.rest && sure) [name, retailer] = [tail.rest, retailer ?? tail.shop];
  else name = bare;
  if (name === c.name && retailer === c.retailer) return c;
  return name ? { ...c, name, retailer } : null;
}
