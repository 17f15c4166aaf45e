import { findBrands, lookupBrand, lookupRetailer } from '../../gazetteer';
import { canonical } from '../brand';
import type { Candidate, Ctx, Format, Line } from '../context';
import { linkIn } from '../href';
import { lexicon, nounHits } from '../lexicon';
import { clean, nameOk, properName, words } from '../text';
import { NO_MAKER } from './credit-sides';

/** A word of a maker's name: "Royal", "1:6", "L.L.Bean", "Ørskov" (a full stop or colon only inside it). */
const WORD = String.raw`[\p{Lu}\d](?:[\p{L}\d&'’+-]|[.:](?=[\p{L}\d]))*`;
/**
 * A list item opened by a piece and its maker, then maybe a comment: "Etagere 3 layer from Royal Copenhagen",
 * "black high heeled ankle boots by Via Spiga – I live in black boots", "Music System from Tivoli Audio — we own
 * one". Groups: the piece, the maker (a capitalised run up to the item's end or a mark before its comment).
 */
const ITEM = new RegExp(
  String.raw`^(\p{L}[^.:;!?,]{1,80}?)\s+(?:from|by|van|von|fra|från|af|di|da|par|chez)\s+` +
    String.raw`(${WORD}(?:\s+(?:&\s+|of\s+|the\s+)?${WORD}){0,3})(?=\s*(?:$|[—–:;,(.]|-\s))`,
  'u',
);
/**
 * Details after the piece's noun that are no part of its name: "in black glass", "with white stitching", and the
 * maker described ("Alpaka-Knitwear der dänischen Designer von Sunflower").
 */
const DETAIL = /\s+(?:in|with|mit|med|en|avec|con|der|des)\s+.*$/iu;
/** Most words a piece takes before its maker. */
const MAX_WORDS = 8;

interface Item {
  line: Line;
  brand: string;
  name: string;
  s: number;
  e: number;
}

/** One list item read as a piece and its maker, or null. */
function readItem(line: Line): Item | null {
  const m = ITEM.exec(line.text.trim());
  if (!m) return null;
  const name = clean(m[1]!.replace(DETAIL, ''));
  const who = m[2]!.replace(/[.'’]+$|['’]s$/u, '');
  if (!name || words(m[1]!).length > MAX_WORDS || !nameOk(name) || findBrands(name).some((b) => !b.ambiguous))
    return null;
  if (NO_MAKER.test(who) || nounHits(who) || lexicon().negative.test(who)) return null;
  // A shop that sells other labels says where the piece was found, not who made it.
  const shop = lookupRetailer(who);
  if (shop && !shop.ownLabel && !lookupBrand(who)) return null;
  if (!lookupBrand(who) && !properName(who, 4)) return null;
  const at = line.text.indexOf(m[0]);
  return { line, brand: lookupBrand(who)?.name ?? canonical(who), name, s: at, e: at + m[0].length };
}

/**
 * Lists of pieces, each item naming its maker after the piece: a shop visit's finds ("Dania teak boxes from
 * TripTrap"), a wish list, gift picks, with or without a comment after. Two items of one list that read so make
 * it a list of picks; the piece need not be a word the lexicon knows (homeware, gadgets). No price.
 */
export const LIST_ITEM_FEATURE_NAMES: readonly string[] = ['list-item-maker'];

/** Whether the candidate was read from a list of pieces with their makers (a generator of its own to the scorer). */
export const listItemFeatures = (c: Candidate): number[] => [c.format === 'anchor-list-item' ? 1 : 0];

export const listItemMaker: Format = {
  id: 'anchor-list-item',
  detect(ctx: Ctx) {
    const byList = new Map<Element, Item[]>();
    for (const line of ctx.lines) {
      if (line.h || line.el.tagName !== 'LI' || line.pc?.length || line.text.length > 400) continue;
      const item = readItem(line);
      const list = line.el.parentElement;
      if (!item || !list) continue;
      const items = byList.get(list);
      if (items) items.push(item);
      else byList.set(list, [item]);
    }
    const out: Candidate[] = [];
    for (const items of byList.values()) {
      if (items.length < 2) continue;
      for (const { line, brand, name, s, e } of items)
        out.push({
          brand,
          name,
          price: null,
          retailer: null,
          url: linkIn(ctx, line, s, e),
          element: line.el,
          claims: [{ i: line.i, s, e }],
          score: 2 + (lookupBrand(brand) ? 1 : 0) + Math.min(items.length, 4) / 2,
          format: 'anchor-list-item',
        });
    }
    return out;
  },
};
