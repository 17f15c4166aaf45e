import { findBrands, lookupBrand } from '../../gazetteer';
import type { Candidate, Ctx, Format, Line } from '../context';
import { clusters } from '../clusters';
import { linkIn } from '../href';
import { isStopword, nounHits, pageLanguage } from '../lexicon';
import { unpricedNegative } from '../unpriced-negative';
import { tokens, type Tok } from './prose-tokens';
import { JOIN, OPENERS } from './prose-words';
import { OWN_OPENERS } from './piece-words';

/** Counts that open a piece as an article does: "two Kowtow tees", "some Itchy Knits socks". */
const COUNT = /^(?:one|two|three|four|five|some|several|another|new)$/i;
/** Lower-case words of description between the opener and the name ("a cosy", "my ever-present"). */
const MAX_ADJ = 2;
/** Capitalised words in the run of maker and model ("Deadly Ponies Mr Mini Verne Croc"). */
const MAX_RUN = 6;
/** Words of the maker: "Cambridge Satchel Co", not longer. */
const MAX_MAKER = 3;
/** Lower-case words after the run up to the product noun ("Marske country brogues"). */
const MAX_AFTER = 3;

/** A list item's marker at the start of a line: "7 –", "2.", "+", "•". */
const MARKER = /^\s*(?:\d{1,2}\s*[.)–—-]|[+*•·])\s*/u;
const ITEM_END = /^\s*(?:[.:!–—]|$)/u;

const capital = (t: Tok | undefined) => !!t && t.word && /^\p{Lu}/u.test(t.t);
const lower = (t: Tok | undefined) => !!t && t.word && /^\p{Ll}/u.test(t.t);
const joins = (t: Tok | undefined) => !!t && (t.t === '&' || t.t === '+' || t.t === '×' || JOIN.test(t.t));
const opener = (t: Tok | undefined) => {
  const w = t?.word ? t.t.toLowerCase() : '';
  return !!w && (OPENERS.has(w) || OWN_OPENERS.has(w) || COUNT.test(w));
};

/** Whether an opener stands before `k`, with at most MAX_ADJ lower-case describing words between. */
function opened(ts: Tok[], k: number): boolean {
  for (let j = k - 1; j >= 0 && j >= k - 1 - MAX_ADJ; j--) {
    const t = ts[j]!;
    if (t.end) return false;
    if (opener(t)) return true;
    if (!lower(t) || isStopword(t.t) || nounHits(t.t)) return false;
  }
  return false;
}

/** The capitalised run from `k`: words in capitals, digits after the first, joining words inside. */
function run(ts: Tok[], k: number): number {
  let n = k;
  let words = 0;
  while (n < ts.length && words < MAX_RUN) {
    const t = ts[n]!;
    if (capital(t) || (words > 0 && t.word && /^\p{N}/u.test(t.t))) {
      words++;
      n++;
      if (t.end) break;
    } else if (words > 0 && joins(t) && capital(ts[n + 1])) n++;
    else break;
  }
  return n;
}

/**
 * Where the lower-case words after the run end: on the first product noun and the nouns right after it
 * ("country brogues", "tote bag"), or -1 when none comes within MAX_AFTER words.
 */
function nounEnd(ts: Tok[], k: number): number {
  for (let j = k; j < ts.length && j < k + MAX_AFTER && lower(ts[j]) && !isStopword(ts[j]!.t); j++) {
    if (!nounHits(ts[j]!.t)) {
      if (ts[j]!.end) break;
      continue;
    }
    let e = j;
    while (!ts[e]!.end && lower(ts[e + 1]) && nounHits(ts[e + 1]!.t)) e++;
    return e;
  }
  return -1;
}

/** Whether most longer words of a line are capitalised: a title in title case, where capitals name nothing. */
function titleCase(ts: Tok[]): boolean {
  const long = ts.filter((t) => t.word && t.t.length > 3);
  return long.length > 0 && long.filter(capital).length * 2 > long.length;
}

/** Whether the run can hold a maker: no "I", no possessive (./possessive-piece reads "Maker's"), no known maker. */
function plainRun(text: string, ts: Tok[], k: number, n: number): boolean {
  const words = ts.slice(k, n);
  if (words.some((t) => t.t === 'I' || /['’]s$/u.test(t.t) || /^I['’]/u.test(t.t))) return false;
  // A known maker is read by ./prose-brand and ./maker-noun; this reads the names the gazetteer lacks.
  for (let j = k + 1; j <= n; j++) if (lookupBrand(text.slice(ts[k]!.s, ts[j - 1]!.e))) return false;
  // A known maker inside the run ("Suede Topshop Bag") is that maker's piece.
  return !findBrands(text.slice(ts[k]!.s, ts[n - 1]!.e)).some((b) => !b.ambiguous);
}

function readLine(ctx: Ctx, line: Line, out: Candidate[]): void {
  const text = line.text;
  const ts = tokens(text, 0);
  if (titleCase(ts)) return;
  const marker = MARKER.exec(text);
  const head = marker ? ts.findIndex((t) => t.s === marker[0].length) : -1;
  for (let k = 0; k < ts.length; k++) {
    if (!capital(ts[k]) || (k !== head && (k < 1 || capital(ts[k - 1]) || !opened(ts, k)))) continue;
    const n = run(ts, k);
    const last = ts[n - 1]!;
    const tail = last.end ? -1 : nounEnd(ts, n);
    const e = tail >= 0 ? ts[tail]!.e : last.e;
    // The piece ends on a product noun: in lower case after the run, or the run's own last word ("White Trousers").
    // A numbered item's head ends at a full stop, a colon or a dash ("7 – Cobra Rock boots. Handmade in…").
    const bad = (tail < 0 && !nounHits(last.t)) || (k === head && !ITEM_END.test(text.slice(e)));
    if (bad || !plainRun(text, ts, k, n)) {
      k = n - 1;
      continue;
    }
    for (let j = k + 1; j <= Math.min(n, k + MAX_MAKER); j++) {
      if (joins(ts[j - 1]) || (j === n && tail < 0)) continue;
      const maker = text.slice(ts[k]!.s, ts[j - 1]!.e);
      const name = text.slice(ts[j]?.s ?? e, e).trim();
      // One letter is a grade or a vitamin ("vitamin C serum"), not a maker.
      if (!name || !/\p{L}.*\p{L}/u.test(maker)) continue;
      out.push({
        brand: maker,
        name,
        price: null,
        retailer: null,
        url: linkIn(ctx, line, ts[k]!.s, e),
        element: line.el,
        claims: [{ i: line.i, s: ts[k]!.s, e }],
        score: 2,
        format: 'anchor-capital-maker',
      });
    }
    k = n - 1;
  }
}

/**
 * Pieces named in prose by a maker the gazetteer does not know, between an opener and a product noun: "a cosy
 * Itchy Knits vest", "my Juliette Hogan Blair jumpsuit", "the Deadly Ponies Mr Mini Verne Croc bag". Where the
 * maker ends in the run of capitals is unknown, so each split is a candidate; the scorer weighs them and people,
 * places and events named the same way ("the Met Gala dress").
 */
export const capitalMaker: Format = {
  id: 'anchor-capital-maker',
  detect(ctx: Ctx) {
    const out: Candidate[] = [];
    // Capitals mark names only in English prose: German capitalises every noun, Dutch its adjectives of nations.
    if (!/^(?:en)?$/.test(pageLanguage())) return out;
    const neg = unpricedNegative();
    for (const line of ctx.lines) {
      if (line.h || line.text.length > 1200 || neg.test(line.text) || clusters(ctx, line).length) continue;
      readLine(ctx, line, out);
    }
    return out;
  },
};
