import { findBrands, lookupRetailer } from '../gazetteer';
import { canonical } from './brand';
import type { Candidate, Ctx, Line } from './context';
import { lexicon, nounHits } from './lexicon';
import { SECTION_LABEL } from './section';
import { clean, lowerAlnum, words } from './text';

/** How far above its first line a pick looks for the heading of its section. */
const LOOK_BACK = 40;
/** Most words a maker named by a heading takes ("The Skin Firm", "Hudson's Bay Collection"). */
const MAX_WORDS = 4;
/** An enumerator opening a heading: "1.", "2)", "#3". */
const ENUM = /^(?:#?\d+[.):]?\s+)/u;
/** A word as makers are written in a heading: capitalised, a number inside a name ("NN07"), or a joining sign. */
const NAME_WORD = /^(?:[\p{Lu}][\p{L}\d&'’.+-]*|\p{Lu}*\d+\p{Lu}*[\p{L}\d]*|&|\+)$/u;
/** Small words a trading name may hold between its capitalised words. */
const SMALL = /^(?:of|de|du|des|la|le|et|and|the|by|von|und|di|da)$/i;
/** A capitalised name in brackets after the piece: its maker ("T-Shirt (Esprit)", "Hose (More&More)"). */
const BRACKETED = /\(\s*\p{Lu}[^)]*\)/u;
/** Two pieces joined in one name: "Camera Case and the Flap Bag", "le sac et la pochette". */
const CONJOINED =
  /\s(?:and|or|et|ou|und|oder|y|e|o|och|og|en)\s+(?:the|a|an|le|la|les|un|une|der|die|das|el|il|het)\s/iu;
/** Page furniture whose headings title link rails, not sections of the article ("Trending", "Beliebt"). */
const FURNITURE = new Set(['NAV', 'ASIDE', 'FOOTER']);

/** A maker read from a heading: the name, and whether the gazetteer knew it or a colon handed it over. */
export interface HeadingMaker {
  name: string;
  /** A known maker, or the name after a colon or a dash ("La plus douce : Mizele"): no further evidence needed. */
  sure: boolean;
}

/** A heading part written as a maker's name only: capitalised words, no product noun, no label, no shouting. */
function nameLike(s: string): boolean {
  const ws = words(s);
  if (!ws.length || ws.length > MAX_WORDS || s.length > 40 || !/\p{L}{2}/u.test(s)) return false;
  if (!/^\p{Lu}/u.test(s) || ws.some((w) => !NAME_WORD.test(w) && !SMALL.test(w))) return false;
  // Several words in capitals are a shouted title ("MADE IN GREAT BRITAIN"), not a trading name.
  if (ws.length > 1 && s === s.toUpperCase()) return false;
  return nounHits(s) === 0 && !lexicon().label.test(s) && !SECTION_LABEL.test(s);
}

/**
 * The maker a section heading names, or null: a known maker inside it ("Hudson's Bay Stripes Gift Guide"), the
 * name after a colon or a dash ("La plus douce : Mizele"), or the whole heading written as a name ("The Skin Firm").
 */
export function headingMaker(text: string): HeadingMaker | null {
  const t = clean(text)
    .replace(ENUM, '')
    .replace(/[\s.!:;,]+$/u, '');
  if (!t) return null;
  const known = findBrands(t).find((b) => !b.ambiguous);
  if (known) return { name: canonical(known.name), sure: true };
  const parts = t.split(/\s+[:–—|-]\s+|:\s+/u);
  const tail = parts.length > 1 ? parts[parts.length - 1]!.trim() : '';
  if (tail && nameLike(tail)) return { name: tail, sure: true };
  return nameLike(t) ? { name: t, sure: false } : null;
}

/** Whether an element stands in page furniture (a rail, the footer, navigation). */
function inFurniture(el: Element): boolean {
  for (let e: Element | null = el; e; e = e.parentElement) if (FURNITURE.has(e.tagName.toUpperCase())) return true;
  return false;
}

/** The nearest heading above line `first` within LOOK_BACK lines, or null. */
function sectionHeading(ctx: Ctx, first: number): Line | null {
  for (let i = first - 1; i >= Math.max(0, first - LOOK_BACK); i--) {
    const l = ctx.lines[i];
    if (l?.h) return l;
  }
  return null;
}

/** Whether the lines after the heading, down to the pick's own, name the maker again ("The Skin Firm grew…"). */
function namedAgain(ctx: Ctx, head: Line, first: number, maker: string): boolean {
  const key = maker.toLowerCase();
  for (let i = head.i + 1; i <= first; i++) if (ctx.lines[i]?.text.toLowerCase().includes(key)) return true;
  return false;
}

/**
 * The maker of a brandless priced pick taken from the heading of its section: a brand's own section ("<h2>The
 * Skin Firm</h2> … a sunscreen ($15.90), micellar water ($22.90)"), a store feature headed by the label, a gift
 * guide titled after one maker. A heading the gazetteer does not know as a maker counts only when the section
 * names it again ("Coach is having a moment…") or a colon hands it over. One variant candidate over the same
 * text, for the scorer to weigh against the brandless reading (the features below); a pick whose own line is a
 * heading, whose heading titles the pick itself, or whose name holds a maker or names a shop, gets none.
 */
export function sectionMaker(ctx: Ctx, c: Candidate): Candidate[] {
  if (c.brand || !c.price || !c.claims.length) return [];
  const first = Math.min(...c.claims.map((x) => x.i));
  if (ctx.lines[first]?.h) return [];
  const head = sectionHeading(ctx, first);
  if (!head || inFurniture(head.el)) return [];
  // A heading that titles the pick itself ("Trencz The Mannei: Fashion Killa") names no section maker.
  if (lowerAlnum(head.text).includes(lowerAlnum(c.name))) return [];
  // A name that holds a maker of its own (a known one, or one in brackets) or names a shop ("Amazon"): the
  // roles' call.
  if (findBrands(c.name).some((b) => !b.ambiguous) || lookupRetailer(c.name.trim()) || BRACKETED.test(c.name))
    return [];
  // One word that names no product ("Saturn", "Cuesta") or two pieces joined ("case and the flap bag") are no
  // single piece a section's maker could be given to.
  const ws = words(c.name);
  if ((ws.length === 1 && !nounHits(c.name)) || CONJOINED.test(c.name)) return [];
  const maker = headingMaker(head.text);
  if (!maker || lowerAlnum(c.name).includes(lowerAlnum(maker.name))) return [];
  if (!maker.sure && !namedAgain(ctx, head, first, maker.name)) return [];
  return [{ ...c, brand: maker.name, alt: 'section' }];
}

export const SECTION_MAKER_FEATURE_NAMES: readonly string[] = [
  'maker-section',
  'maker-section-h1',
  'maker-section-named',
  'maker-section-distance',
];

/**
 * Features of a section-maker variant: that it is one, whether its heading is the page's title (a whole article
 * about one maker) or a section's, whether the section's text names the maker again before the pick, and how far
 * the pick stands below its heading.
 */
export function sectionMakerFeatures(ctx: Ctx, c: Candidate): number[] {
  if (c.alt !== 'section' || !c.brand) return [0, 0, 0, 0];
  const first = Math.min(...c.claims.map((x) => x.i));
  const head = sectionHeading(ctx, first);
  if (!head) return [1, 0, 0, 0];
  const named = namedAgain(ctx, head, first, c.brand);
  return [1, head.h === 1 ? 1 : 0, named ? 1 : 0, Math.log1p(first - head.i) / 3];
}
