import { findBrands, lookupBrand, lookupRetailer } from '../../gazetteer';
import { canonical } from '../brand';
import type { Candidate, Ctx, Format, Line } from '../context';
import { linkIn } from '../href';
import { lexicon, nounHits } from '../lexicon';
import { clean, nameOk, properName, words } from '../text';
import { NO_MAKER } from './credit-sides';
import { CREDIT_STOP, PRESS_CAPTION, shareMaker, splitAt as split } from './credit-stops';

// Credits listed in one line: "Mantel: Brand / Schal: Brand", "coat – Brand; scarf – Brand".
const LIST_SPLIT = /\s[/|•·]\s|;\s/;
// Prose credits run on with commas and "and": "einen Mantel von A, eine Hose von B und Schuhe von C".
const PROSE_SPLIT = /,\s|\s(?:und|and|et|e|y|och|og|samt|oraz|ja|sowie|en)\s/;
// "Noun: Brand", "Noun – Brand", "Noun- Brand" (the dash glued to the piece): the piece, then its maker.
const LABELLED = /^(.{2,40}?)\s*(?::|\s[–—-]|(?<=\p{L})[–—-](?=\s))\s*(.+)$/u;
// "Noun von Brand", "robe de Brand", "jurk van Brand", "kjole fra Brand": the maker after a preposition.
const OF_MAKER = /^(.{2,60}?)\s+(?:von|de|d'|di|del|della|van|by|from|från|fra|af|da|do|od|z|ze)\s+(\p{Lu}.{0,40})$/u;
// Articles before the piece: only the words after the last one name it ("trägt einen Mantel" → "Mantel").
const ARTICLE = new RegExp(
  String.raw`^(?:.*\s)?(?:ein|eine|einen|einem|einer|der|die|das|den|dem|un|une|le|la|les|des|du|il|lo|gli|uno|` +
    String.raw`una|el|los|las|unos|unas|o|os|um|uma|het|een|en|ett|den|det|de|sin|sina|seine|ihre|ses|son|sa)\s+`,
  'iu',
);
const MAX_PIECE_WORDS = 5;
// A quick look before splitting: a label mark, or a maker preposition before a capital.
const MAYBE =
  /\S\s?:\s|\s[–—-]\s|\p{L}[–—-]\s|\s(?:von|de|d'|di|del|della|van|by|from|från|fra|af|da|do|od|z|ze)\s+\p{Lu}/u;

/** The maker in a credit's right-hand side: a known brand (maybe with a model after it) or a short proper name. */
function maker(text: string): { brand: string; model: string } | null {
  // "c/o Maker", "courtesy of Maker": a gifted piece still names its maker.
  const t = clean(text.replace(/\s*\([^()]*\)\s*/g, ' '))
    .replace(/[.,;:!]+$/, '')
    .replace(/^(?:c\/o|℅|courtesy\s+of|gifted\s+by)\s+/iu, '')
    // "Laetitia Rouget at Anthropologie": the shop after the maker says where, not who.
    .replace(/\s+(?:at|via|from)\s+\p{Lu}\S*(?:\s\p{Lu}\S*){0,2}$/u, '');
  if (NO_MAKER.test(t)) return null;
  // An ambiguous brand ("& Other Stories") counts when it is the whole credit.
  const hit = findBrands(t).find((b) => b.start === 0 && (!b.ambiguous || b.end === t.length));
  if (hit) {
    const model = t.slice(hit.end).trim();
    return words(model).length <= 3 && !nounHits(model) ? { brand: hit.name, model } : null;
  }
  // A shop is not the maker ("Szalik – Zalando" says where, not who).
  if (!properName(t, 3) || (lookupRetailer(t) && !lookupBrand(t))) return null;
  return { brand: canonical(t), model: '' };
}

/** The product noun phrase before a maker: the words after the last article, short and holding a product noun. */
function piece(text: string): string | null {
  // "trägt einen Mantel" → "Mantel"; "Jacke über dem Stuhl" keeps its head noun, so the whole text is tried too.
  // "Dress (worn as top)": an aside about how the piece was worn is no part of its name.
  const bare = text.replace(/\s*\([^()]*\)\s*/g, ' ');
  for (const t of [bare.replace(ARTICLE, ''), bare]) {
    const p = clean(t).replace(/^[\s,:;–—-]+|[\s,:;–—-]+$/g, '');
    if (p && words(p).length <= MAX_PIECE_WORDS && nounHits(p) && nameOk(p)) return p;
  }
  return null;
}

interface Part {
  brand: string;
  name: string;
  s: number;
  e: number;
}

function readPart(text: string, s: number, labelledOnly = false): Part | null {
  // "Mon look : Manteau : Brand": only the last label names the piece.
  const colons = [...text.matchAll(/\s?:\s/g)];
  if (colons.length > 1) {
    const cut = colons[colons.length - 2]!;
    const k = cut.index + cut[0].length;
    return readPart(text.slice(k), s + k, labelledOnly);
  }
  const lab = LABELLED.exec(text);
  const of = lab || labelledOnly ? null : OF_MAKER.exec(text);
  const m = lab ?? of;
  if (!m) return null;
  // "slingbacks. Photo: Studio X": a piece never runs over a sentence's end.
  const p = CREDIT_STOP.test(m[1]!) ? null : piece(m[1]!);
  const mk = p ? maker(m[2]!) : null;
  if (!p || !mk) return null;
  return {
    brand: mk.brand,
    name: clean(`${p} ${mk.model}`),
    s,
    e: s + text.length,
  };
}

/**
 * Credits written as short sentences ("Merino Tee – Filippa K. Watch – Larsson & Jennings"): each sentence a
 * labelled credit. Only the labelled form counts here, so prose sentences ("The coat is from Zara.") stay out.
 */
function stopParts(chunk: string, at: number): Part[] {
  const bits = PRESS_CAPTION.test(chunk) ? [] : split(chunk, CREDIT_STOP, at);
  if (bits.length < 2) return [];
  const out: Part[] = [];
  for (const [bit, k] of bits) {
    const t = bit.trim().replace(/\.$/, '');
    // "Linen shirt, wide trousers – Maker" names two pieces, not one.
    const p = t && !/,\s/.test(t) ? readPart(t, k + bit.indexOf(t), true) : null;
    if (p) out.push(p);
    else out.push(...sharedLabel(bit, k));
  }
  return out;
}

/** "Ribbed knit tee, Carmen Slacks – Filippa K": bare pieces share the labelled credit's maker (./credit-stops). */
const sharedLabel = (text: string, at: number): Part[] =>
  shareMaker(
    split(text, PROSE_SPLIT, at),
    (u, s) => readPart(u, s, true),
    (u) => (LABELLED.test(u) ? null : piece(u)),
  );

function partsOf(line: Line): Part[] {
  const out: Part[] = [];
  for (const [chunk, at] of split(line.text, LIST_SPLIT)) {
    const stops = stopParts(chunk, at);
    if (stops.length >= 2) {
      out.push(...stops);
      continue;
    }
    const whole = readPart(chunk.trim(), at + chunk.indexOf(chunk.trim()));
    if (whole && !/,\s/.test(chunk)) {
      out.push(whole);
      continue;
    }
    const from = out.length;
    for (const [bit, k] of split(chunk, PROSE_SPLIT, at)) {
      const t = bit.trim();
      const p = t ? readPart(t, k + bit.indexOf(t)) : null;
      if (p) out.push(p);
    }
    const seen = new Set(out.slice(from).map((p) => p.s));
    out.push(...sharedLabel(chunk, at).filter((p) => !seen.has(p.s)));
  }
  return out;
}

/**
 * Outfit and shoot credits without prices, several in one line: "Karierter Mantel: Brand / Schal: Brand",
 * "einen Mantel von A, eine Hose von B", "robe de A, sac de B". A caption may hold a single one.
 */
export const creditParts: Format = {
  id: 'anchor-credit',
  detect(ctx: Ctx) {
    const out: Candidate[] = [];
    const lex = lexicon();
    const read = new Map<Line, Part[]>();
    for (const line of ctx.lines) {
      if (line.pc?.length || line.h === 1 || line.text.length > 600 || !MAYBE.test(line.text)) continue;
      if (lex.negative.test(line.text)) continue;
      const parts = partsOf(line);
      if (parts.length) read.set(line, parts);
    }
    // One credit to a <br> line counts when its block holds other credit lines ("Bag - Maker<br>Flats - Maker").
    const perBlock = new Map<Element, number>();
    for (const line of read.keys()) perBlock.set(line.el, (perBlock.get(line.el) ?? 0) + 1);
    for (const [line, parts] of read) {
      if (parts.length < (line.cap || perBlock.get(line.el)! >= 2 ? 1 : 2)) continue;
      for (const p of parts) {
        const url = linkIn(ctx, line, p.s, p.e);
        out.push({
          brand: p.brand,
          name: p.name,
          price: null,
          retailer: null,
          url,
          element: line.el,
          claims: [{ i: line.i, s: p.s, e: p.e }],
          score: 2 + (lookupBrand(p.brand) ? 1 : 0) + Math.min(parts.length, 4) / 2,
          format: 'anchor-credit',
        });
      }
    }
    return out;
  },
};
