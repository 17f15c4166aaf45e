import { findBrands, lookupRetailer } from '../../gazetteer';
import type { Candidate, Ctx, Format, Line } from '../context';
import { linkIn } from '../href';
import { isStopword, lexicon, nounHits } from '../lexicon';
import { nameOk, words } from '../text';
import { wholeEntry } from '../lexicon-wholes';
import { LIST_MARK, segments, type Span } from './line-spans';

/** Where a pick's name ends: a clause mark, a dash between words, a full stop before more text. */
const NAME_END = /\s[–—-]\s|[:;!?()[\]]|\.(?:\s|$)|,\s/u;
/** Most words of a pick's name after its maker. */
const MAX_NAME_WORDS = 8;
/** How long a whole line may run and still be read as a pick's title when it carries no list mark. */
const SHORT_LINE = 90;

/** Small words a model name keeps in lower case ("Don't Be a Buda-Pest", "Cap in Tan"). */
const SMALL = /^(?:a|an|the|of|in|and|&|de|du|la|le|x|for|with|on|to|by|or)$/iu;

/** Words after a maker that name the company, its shop or a page about it, not a product ("Nike Inc."). */
const NOT_PRODUCT = new RegExp(
  String.raw`^(?:inc|ltd|llc|plc|corp|corporation|co|group|company|holdings|industries|international|` +
    String.raw`technologies|robotics|labs|motors|brands|store|stores|shop|shops|outlet|website|app|brand|gift|sale|` +
    String.raw`mania)\b`,
  'iu',
);

/**
 * Whether a name reads as a model's title ("Ball Stars", "Air Force 1 Puerto Rico") or as a plain piece: lower-case
 * words with a product noun among the first four ("digital radio", "suede chukka boot"), not a clause ("has gone …").
 */
function pieceName(name: string): boolean {
  const w = words(name);
  if (!w.length || w.length > MAX_NAME_WORDS || !nameOk(name) || NOT_PRODUCT.test(name)) return false;
  if (/^\p{Ll}/u.test(name)) return !isStopword(w[0]!) && nounHits(w.slice(0, 4).join(' ')) > 0;
  if (nounHits(name) > 0) return true;
  return w.every((x) => /^[\p{Lu}\d'"‘“]/u.test(x) || SMALL.test(x));
}

/** Capitalised words: how a maker that is also a word ("New Look", "Converse") is written as one. */
const CAPITALISED = /^[\p{Lu}\d][\p{L}\d&'’.+-]*(?:\s+(?:&\s+)?[\p{Lu}\d][\p{L}\d&'’.+-]*)*$/u;

/**
 * The maker opening a text: a maker the gazetteer knows, or (`loose`) one that is also an everyday word or a shop of
 * up to three words, written capitalised.
 */
function headMaker(t: string): { name: string; end: number; loose: boolean } | null {
  const b = findBrands(t)[0];
  if (b && b.start === 0) {
    if (!b.ambiguous) return { name: b.name, end: b.end, loose: false };
    if (CAPITALISED.test(t.slice(0, b.end))) return { name: b.name, end: b.end, loose: true };
    return null;
  }
  const ws = t.split(/\s+/);
  for (let k = Math.min(3, ws.length - 1); k >= 1; k--) {
    const head = ws.slice(0, k).join(' ');
    const shop = CAPITALISED.test(head) ? lookupRetailer(head) : null;
    if (shop) return { name: shop.name, end: head.length, loose: true };
  }
  return null;
}

/** The pick a span opens with: a known maker at its start, then the name up to the span's first break. */
function readSpan(ctx: Ctx, line: Line, span: Span, out: Candidate[], list: boolean): boolean {
  const mark = LIST_MARK.exec(span.t)?.[0].length ?? 0;
  const t = span.t.slice(mark);
  const first = headMaker(t);
  if (!first || !/^[\p{Lu}\d]/u.test(t)) return false;
  // "Coach's Jacket", "Mother's Day": a possessive makes the maker a word of another name.
  if (/^['’]/u.test(t.slice(first.end))) return false;
  // "Red Ball Jets - Red '51 Hi", "New Balance: Conversations Among Us": a dash or colon may stand after the maker.
  const gap = /^\s*(?:[:–—-]\s+)?/u.exec(t.slice(first.end))![0].length;
  const rest = t.slice(first.end + gap);
  const stop = NAME_END.exec(rest);
  const name = (stop ? rest.slice(0, stop.index) : rest).trim();
  if (!name || !pieceName(name) || lexicon().negative.test(name)) return false;
  // "… silk-twill bag. Sold out", "… boots (old)": the labelling rules leave pieces no longer sold out.
  const note = stop ? /^[\s.,;:()–—-]*([^.,;:()]*)/u.exec(rest.slice(stop.index))![1]!.trim() : '';
  if (note && wholeEntry('old').test(note)) return false;
  // A maker that is also a word, or a shop, makes a pick only before a product noun ("New Look parka").
  if (first.loose && !nounHits(name)) return false;
  // A second maker inside the name makes a run of credits: other readers split those.
  if (findBrands(name).some((b) => !b.ambiguous)) return false;
  const s = span.at + mark;
  push(ctx, line, out, first.name, name, s, s + first.end + gap + (stop ? stop.index : rest.length), list, !!mark);
  return true;
}

/** Adds one pick read from characters s..e of a line. */
function push(
  ctx: Ctx,
  line: Line,
  out: Candidate[],
  brand: string,
  name: string,
  s: number,
  e: number,
  list: boolean,
  mark: boolean,
) {
  out.push({
    brand,
    name,
    price: null,
    retailer: null,
    url: linkIn(ctx, line, s, e),
    element: line.el,
    claims: [{ i: line.i, s, e }],
    score: 2 + (list ? 1 : 0) + (mark ? 1 : 0),
    format: 'anchor-maker-line',
  });
}

/** A maker the gazetteer lacks before a lower-case piece: "RIB & HULL leather tote bag", "Gatta over-knee socks". */
const UNKNOWN = /^((?:[\p{Lu}\d][\p{L}\d&.'’+-]*\s+(?:&\s+)?){1,3})(\p{Ll}.*)$/u;
/** Words that stand where a maker would and name none: "Vintage wide trousers", "Unknown sunglasses". */
const NOT_MAKER = /^(?:vintage|thrifted|old|unknown|similar|gift(?:ed)?|handmade|second|no|my|our|the|a|an)$/iu;

/** In a list whose other items name known makers, an item opened by a maker the gazetteer lacks. */
function readUnknown(ctx: Ctx, line: Line, span: Span, out: Candidate[]): void {
  const lead = /^\s*[({[]?\s*/u.exec(span.t)![0].length;
  const t = span.t.slice(lead);
  const m = UNKNOWN.exec(t);
  if (!m) return;
  const who = m[1]!.trim();
  const stop = NAME_END.exec(m[2]!);
  const name = (stop ? m[2]!.slice(0, stop.index) : m[2]!).trim();
  if (NOT_MAKER.test(who.split(/\s+/)[0]!) || !pieceName(name) || !nounHits(name)) return;
  const s = span.at + lead;
  push(ctx, line, out, who, name, s, s + m[1]!.length + name.length, true, false);
}

/**
 * Picks written maker first at the head of a line or a list segment, with no price: a gift list's "1 – John Lewis
 * digital radio. What else …", a card's title "Golden Goose Ball Stars", a caption's "Debbie Bliss yarn, OnePiece
 * Lillehammer Onesie, French Connection Polar Knitted Jumper" or "Mango denim shirt // RVCA snapback". The maker is
 * one the gazetteer knows; the name runs to the first break and is a model's title or ends in a product noun. News
 * lines open with makers too ("Nike said …"): the name test drops most, the scorer (./maker-line-features) the rest.
 */
export const makerLine: Format = {
  id: 'anchor-maker-line',
  detect(ctx: Ctx) {
    const out: Candidate[] = [];
    for (const line of ctx.lines) {
      if (line.pc?.length || line.h === 1 || line.text.length > 400) continue;
      const segs = segments(line.text);
      if (segs) {
        const unread = segs.filter((span) => !readSpan(ctx, line, span, out, true));
        // Two items by known makers make the line a credit list: the others name makers the gazetteer lacks.
        if (segs.length - unread.length >= 2) for (const span of unread) readUnknown(ctx, line, span, out);
        continue;
      }
      if (!LIST_MARK.test(line.text) && line.text.length > SHORT_LINE) continue;
      readSpan(ctx, line, { t: line.text, at: 0 }, out, false);
    }
    return out;
  },
};
