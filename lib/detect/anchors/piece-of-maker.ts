import { lookupBrand } from '../../gazetteer';
import { canonical } from '../brand';
import type { Candidate, Ctx, Format, Line } from '../context';
import { clusters } from '../clusters';
import { linkIn } from '../href';
import { isStopword, lexicon, nounHits } from '../lexicon';
import { retailerFromText } from '../retailer';
import { properName } from '../text';
import { describedMakerAt } from './maker-descriptor';
import { detailPiece } from './detail-piece';
import { tokens, type Tok } from './prose-tokens';
import { OPENERS } from './prose-words';
import {
  ALSO,
  AND,
  COPULA,
  HAUL,
  INNER,
  OWN_OPENERS,
  PAIR,
  SHOP_PREP,
  SOON,
  STRONG_PREP,
  WEAK_PREP,
} from './piece-words';

/** Words a piece's noun phrase may hold at most (before the maker's preposition). */
const MAX_NP = 6;
/** A noun phrase with no article before it (a list after "Wearing:") is this short at most. */
const MAX_BARE = 4;
// A shop's name: up to three capitalised words ("John Lewis", "Marks & Spencer").
const SHOP_RUN = /^\p{Lu}[\p{L}\d&'’.-]*(?:\s+(?:&\s+)?\p{Lu}[\p{L}\d&'’.-]*){0,2}/u;
const capital = (t: string) => /^[\p{Lu}\d]/u.test(t);
const opener = (t: string) => OPENERS.has(t.toLowerCase()) || OWN_OPENERS.has(t.toLowerCase());

/** Where a first-person haul clause before a maker's preposition starts, less one ("I got", "we picked up"). */
function haulAt(ts: Tok[], k: number): number {
  if (k >= 1 && /^up$/i.test(ts[k]!.t)) k--;
  if (k < 1 || !HAUL.test(ts[k]!.t)) return -1;
  k--;
  if (k >= 1 && SOON.test(ts[k]!.t)) k--;
  return /^(?:I|we)$/.test(ts[k]!.t) ? k - 1 : -1;
}

/** The maker right after a preposition: a known brand, or (after a strong preposition) a short capitalised run. */
function makerAt(
  ts: Tok[],
  k: number,
  strong: boolean,
): { name: string; e: number; next: number; known: boolean } | null {
  // "from the Gap": an article before a shop-like maker.
  if (ts[k] && /^the$/i.test(ts[k]!.t) && ts[k + 1] && capital(ts[k + 1]!.t)) k++;
  const run: Tok[] = [];
  for (let j = k; j < ts.length && run.length < 3 && ts[j]!.word && capital(ts[j]!.t); j++) {
    run.push(ts[j]!);
    if (ts[j]!.end) break;
  }
  for (let n = run.length; n > 0; n--) {
    const text = run
      .slice(0, n)
      .map((x) => x.t)
      .join(' ');
    const known = lookupBrand(text);
    // "from Chanel's archive": the maker owns something else. A name ending the phrase keeps its "'s" ("espadrilles
    // van Hobb's, in mijn maat", "jeans from Levi's.").
    const owns = ts[k + n]?.word === true && !run[n - 1]!.end;
    if (/['’]s$/u.test(text) && owns && !known) continue;
    const ok = known ? !known.ambiguous || strong : strong && n === run.length && properName(text, 3);
    if (ok) return { name: known?.name ?? canonical(text), e: run[n - 1]!.e, next: k + n, known: !!known };
  }
  return null;
}

/**
 * The noun phrase before a maker's preposition, read backwards: up to an article or possessive, or (short) up
 * to the start of a clause. A copula between the piece and the maker is skipped ("Le pantalon vient de X").
 */
function pieceBefore(ts: Tok[], j: number): { s: number; e: number; opened: boolean; copula: boolean } | null {
  let k = j - 1;
  const also = k;
  while (k >= 0 && ALSO.test(ts[k]!.t)) k--;
  // "velvet joggers, also from the Gap": a second piece of the same maker.
  if (k < also && k >= 0 && ts[k]!.t === ',') k--;
  const copula = k >= 0 && COPULA.test(ts[k]!.t);
  if (copula) k--;
  // "the blouse I got from Zara", "this coat I picked up from Arket": the writer's own haul.
  const haul = copula ? -1 : haulAt(ts, k);
  if (haul >= 0) k = haul;
  const np: Tok[] = [];
  let listed = false;
  for (; k >= 0 && np.length <= MAX_NP; k--) {
    const t = ts[k]!;
    if (np.length && t.word && AND.test(t.t)) {
      listed = true;
      break;
    }
    if (!t.word && !/^["“”„«»]$/u.test(t.t)) break;
    // "handskar i ull": a preposition of detail after a product noun, though "i" also opens Italian phrases.
    const inner = np.length > 0 && INNER.test(t.t) && k > 0 && nounHits(ts[k - 1]!.t) > 0;
    if (t.word && opener(t.t) && !inner) break;
    if (t.end && np.length) break;
    // A function word that opens no phrase ("and", "I", "with") ends the reading without an edge.
    // Inside the phrase a preposition of material or detail stays ("strumpbyxor i kashmir").
    if (t.word && isStopword(t.t) && !PAIR.test(t.t) && !inner) return null;
    np.unshift(t);
  }
  while (np.length && (PAIR.test(np[0]!.t) || INNER.test(np[0]!.t) || !np[0]!.word)) np.shift();
  if (!np.length || np.length > MAX_NP) return null;
  const opened = !listed && k >= 0 && ts[k]!.word && opener(ts[k]!.t);
  const edge = listed || k < 0 || !ts[k]!.word || ts[k]!.end;
  // Without an article the piece is a short list item whose last word is its noun ("wide trousers from X").
  if (!opened && !(edge && np.length <= MAX_BARE && nounHits(np[np.length - 1]!.t))) return null;
  return { s: np[0]!.s, e: np[np.length - 1]!.e, opened, copula };
}

function readLine(ctx: Ctx, line: Line, out: Candidate[]): void {
  const ts = tokens(line.text, 0);
  for (let j = 1; j < ts.length - 1; j++) {
    const p = ts[j]!.t;
    const strong = STRONG_PREP.test(p);
    // "Silberaccessoire der französischen Marke Le Gramme", "boots from the Italian label Dusan": described makers.
    const described = describedMakerAt(ts, j, strong || WEAK_PREP.test(p));
    if (!strong && !WEAK_PREP.test(p) && described < 0) continue;
    const short = pieceBefore(ts, j);
    // "la capa de punto con mezcla de lana de Zara", "il cardigan con collo a scialle di X": the short reading
    // ends at the first small word ("lana", "scialle") or finds nothing; the long one reaches the article.
    const long = short?.copula ? null : detailPiece(ts, j);
    const piece = long && (!short || long.s < short.s) ? { ...long, opened: true, copula: false } : short;
    if (!piece) continue;
    // After a copula even a weak preposition names the maker ("Le pull vient de Monoprix").
    const maker = makerAt(ts, described >= 0 ? described : j + 1, strong || piece.copula || described >= 0);
    if (!maker) continue;
    // "by London ceramist Paola North": an unknown run followed by a word of description is no maker's name.
    const after = ts[maker.next];
    if (!maker.known && after?.word && !capital(after.t) && !isStopword(after.t)) continue;
    const name = line.text.slice(piece.s, piece.e);
    if (!nounHits(name) || lookupBrand(name)) continue;
    // "… from Phase 8 at John Lewis": where it was bought, named after the maker.
    const shop = after && SHOP_PREP.test(after.t) ? SHOP_RUN : null;
    const rest = shop ? shop.exec(line.text.slice(ts[maker.next + 1]?.s ?? line.text.length)) : null;
    out.push({
      brand: maker.name,
      name,
      price: null,
      retailer: rest ? retailerFromText(rest[0], maker.name) : null,
      url: linkIn(ctx, line, piece.s, maker.e),
      element: line.el,
      claims: [{ i: line.i, s: piece.s, e: maker.e }],
      score: 2 + (lookupBrand(maker.name) ? 1 : 0) + (piece.opened ? 1 : 0),
      format: 'anchor-of-maker',
    });
  }
}

/**
 * Pieces named in a sentence with their maker after them, without a price: "this leather shirt from Denis
 * Gagnon", "die grüngraue Winterjacke von LangerChen", "Klänningen är från American Apparel", "Le pantalon
 * vient de Monoprix". Over-generates (news names makers too): the scorer decides.
 */
export const pieceOfMaker: Format = {
  id: 'anchor-of-maker',
  detect(ctx: Ctx) {
    const out: Candidate[] = [];
    const lex = lexicon();
    for (const line of ctx.lines) {
      if (line.h || clusters(ctx, line).length || line.text.length > 1500 || lex.negative.test(line.text)) continue;
      readLine(ctx, line, out);
    }
    return out;
  },
};
