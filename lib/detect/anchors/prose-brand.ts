import { findBrands, lookupBrand } from '../../gazetteer';
import type { Candidate, Ctx, Format, Line } from '../context';
import { linkIn } from '../href';
import { isStopword, nounHits } from '../lexicon';
import { unpricedNegative } from '../unpriced-negative';
import { nameOk } from '../text';

/**
 * Determiners and possessives that open a noun phrase before a maker's name, in the languages the lexicon
 * covers: "my Madewell sunglasses", "den Adidas Superstar", "le Nike Dunk Sky Hi", "el Zara vestido".
 */
const DET = new RegExp(
  String.raw`^(?:the|a|an|my|this|these|those|her|his|our|your|their|der|die|das|den|dem|des|ein|eine|einen|` +
    String.raw`meine|meinen|mein|le|la|les|un|une|mes|mon|ma|ce|cette|ces|el|los|las|una|mis|mi|este|esta|il|lo|` +
    String.raw`gli|uno|mio|mia|de|het|een|mijn|min|mitt|mina|mine|o|os|as|um|uma|meu|minha)$`,
  'iu',
);
/**
 * The reader's own pieces: first-person possessives and "this". A maker before a bare noun ("a Prada suit",
 * "her Cartier watch") is a report of what someone wore unless the writer owns or points at it.
 */
const OWN =
  /^(?:my|this|these|meine|meinen|mein|mon|ma|mes|mi|mis|mio|mia|miei|mie|mijn|min|mitt|mina|mine|meu|minha)$/iu;
/** Lower-case words allowed between the determiner and the maker ("my favourite ASOS sunnies"). */
const MAX_BETWEEN = 2;
const MAX_NAME = 6;
/** Capitalised words that name a company, a place or an event of the maker's, not a product of it. */
const NOT_PRODUCT = new RegExp(
  String.raw`^(?:store|stores|shop|shops|group|inc|ltd|website|site|app|brand|company|team|ceo|founder|` +
    String.raw`foundation|museum|campaign|show|boutique|outlet|flagship|headquarters|spring|summer|fall|autumn|` +
    String.raw`winter|resort|pre-fall|runway|x|×|and|&)$`,
  'iu',
);
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’&+./-]*|["“”„«»]/gu;

/** The product words after a maker: capitalised model words, digits, quotes and product nouns, up to a break. */
function nameAfter(text: string, from: number, sure: boolean): { name: string; e: number } | null {
  const rest = text.slice(from);
  const stop = /[,;:!?()–—]|\.(?:\s|$)/.exec(rest);
  const span = stop ? rest.slice(0, stop.index) : rest;
  const took: string[] = [];
  let e = from;
  for (const m of span.matchAll(WORD)) {
    const w = m[0];
    // Only spaces between words: a run ends at the first word that is neither model nor noun.
    const model = /^[\p{Lu}\p{N}"“”„«»]/u.test(w) && !NOT_PRODUCT.test(w);
    if (!model && !nounHits(w)) break;
    if (took.length >= MAX_NAME) return null;
    took.push(w);
    e = from + m.index + w.length;
  }
  const name = took.join(' ').replace(/\s+(["”“»])/g, '$1');
  if (!took.length || lookupBrand(took[0]!) || !nameOk(name)) return null;
  // A lone capitalised word may be a person or place ("the Zara Larsson"): a model needs a digit, a
  // quote, a second word or a product noun, unless the maker is sure and the word is no everyday one
  // ("den Adidas Superstar", "the Nike Killshot").
  if (took.length === 1 && !nounHits(name) && !/[\d"“”„]/.test(name) && !(sure && !isStopword(name))) return null;
  return { name, e };
}

/** A known maker after a determiner in a sentence, with the product words after it. */
function readLine(ctx: Ctx, line: Line, out: Candidate[]): void {
  const text = line.text;
  for (const b of findBrands(text)) {
    const lower = !/^[\p{Lu}\p{N}]/u.test(text.slice(b.start));
    if (lower && b.name !== text.slice(b.start, b.end)) continue;
    const before = text
      .slice(Math.max(0, b.start - 60), b.start)
      .split(/\s+/)
      .filter(Boolean);
    const k = before.findLastIndex((w) => DET.test(w));
    if (k < 0 || before.length - 1 - k > MAX_BETWEEN) continue;
    if (before.slice(k + 1).some((w) => !/^\p{Ll}+$/u.test(w))) continue;
    const n = /^\s/.test(text.slice(b.end)) ? nameAfter(text, b.end + 1, !b.ambiguous) : null;
    if (!n || (!/[\p{Lu}\d"“„]/u.test(n.name) && !OWN.test(before[k]!))) continue;
    // A maker whose name is also a word ("Away", "Parachute", "Puma") names a piece only in capitals, before a
    // product noun or a model of two capitalised words or a number ("der Puma Tsugi Evoknit", "der Vans Sk8-Hi").
    const model = /\d/.test(n.name) || /^\p{Lu}\S*\s+\p{Lu}/u.test(n.name);
    if (b.ambiguous && (lower || !(nounHits(n.name) || model))) continue;
    out.push({
      brand: b.name,
      name: n.name,
      price: null,
      retailer: null,
      url: linkIn(ctx, line, b.start, n.e),
      element: line.el,
      claims: [{ i: line.i, s: b.start, e: n.e }],
      score: 2 + (nounHits(n.name) ? 1 : 0),
      format: 'anchor-prose-brand',
    });
  }
}

/**
 * Picks named in a sentence without a price: "my Chinese Laundry sandals", "the Schutz Jackye Dad Sneakers",
 * "den Adidas Superstar". Over-generates on purpose (news prose names makers too): the scorer decides.
 */
export const proseBrand: Format = {
  id: 'anchor-prose-brand',
  detect(ctx: Ctx) {
    const out: Candidate[] = [];
    const neg = unpricedNegative();
    for (const line of ctx.lines) {
      if (line.pc?.length || line.h || line.text.length > 1200 || neg.test(line.text)) continue;
      readLine(ctx, line, out);
    }
    return out;
  },
};
