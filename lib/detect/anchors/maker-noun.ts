import { findBrands } from '../../gazetteer';
import type { Candidate, Ctx, Format, Line } from '../context';
import { clusters } from '../clusters';
import { linkIn } from '../href';
import { isStopword, nounHits } from '../lexicon';
import { unpricedNegative } from '../unpriced-negative';
import { tokens, type Tok } from './prose-tokens';
import { OPENERS } from './prose-words';
import { OWN_OPENERS, PAIR } from './piece-words';
import { firstPerson, sentenceAround } from '../prose-cues';

/**
 * Counts and quantities that open a piece as well as an article does: "three Topshop lipsticks", "ett par
 * Armani-jeans", "some Inglot necessities".
 */
const COUNT = new RegExp(
  String.raw`^(?:one|two|three|four|five|some|several|another|new|ett|et|två|to|tre|zwei|drei|deux|trois|due|` +
    String.raw`dos|tres|twee|drie|dwa|trzy|neue|neuen|neuer|nouveau|nouvelle|nuovo|nuova|nuevo|nueva|` +
    String.raw`nieuwe|nya|nye)$`,
  'iu',
);
/** Lower-case words after a maker that may describe the piece before its noun ("Joules rain boots"). */
const MAX_AFTER = 3;
/** Lower-case words between a noun and the maker after it ("des ballerines jaunes Vuitton"). */
const MAX_ADJ = 2;
/** Between two pieces of a credit list: punctuation, or nothing at all ("H&M skirt Rubi heels"). */
const LIST_GAP = /^[\s,.;:|/+·•–-]*$/u;
/** "and" between two pieces of one maker: "Monki shirt and trousers", "Zara Hose und Jacke", "Cos pull et jupe". */
const SHARED = /^(?:and|und|et|e|y|en|och|og|&)$/i;
const lower = (t: Tok) => t.word && /^\p{Ll}/u.test(t.t);
const opener = (t: Tok | undefined) =>
  !!t && t.word && (OPENERS.has(t.t.toLowerCase()) || OWN_OPENERS.has(t.t.toLowerCase()) || COUNT.test(t.t));

/** Whether `k` is where a noun phrase may open: after an article, a count, "pair of", or a clause edge. */
function opensAt(ts: Tok[], k: number): boolean {
  let j = k - 1;
  // "a pair of Armani jeans", "ett par Armani-jeans": the count's own words stay outside the name.
  while (j >= 0 && ts[j]!.word && PAIR.test(ts[j]!.t)) j--;
  // "my favourite ASOS sunnies": at most one lower-case word of description before the maker.
  if (j >= 1 && lower(ts[j]!) && !opener(ts[j]) && !isStopword(ts[j]!.t) && opener(ts[j - 1])) j--;
  return j < 0 || opener(ts[j]) || !ts[j]!.word || ts[j]!.end;
}

interface Reading {
  name: string;
  s: number;
  e: number;
}

/** The piece right after a maker: lower-case words up to and ending in a product noun ("rain boots"). */
function after(ts: Tok[], k: number): Reading | null {
  let best: Reading | null = null;
  for (let j = k; j < ts.length && j < k + MAX_AFTER && lower(ts[j]!) && !isStopword(ts[j]!.t); j++) {
    // Words before the noun end at it: a lower-case word after them ("sent out knitwear shaped") is a clause.
    const ends = j === k || !ts[j + 1] || !lower(ts[j + 1]!) || isStopword(ts[j + 1]!.t);
    if (nounHits(ts[j]!.t) && ends) best = { name: '', s: ts[k]!.s, e: ts[j]!.e };
    if (ts[j]!.end) break;
  }
  return best;
}

/** The piece before a maker: an opener, a product noun and up to two lower-case words ("ce manteau rouge"). */
function before(ts: Tok[], k: number): Reading | null {
  for (let j = k - 1; j >= 0 && j >= k - 1 - MAX_ADJ; j--) {
    const t = ts[j]!;
    if (!lower(t) || isStopword(t.t) || t.end) return null;
    if (nounHits(t.t) && opener(ts[j - 1])) return { name: '', s: t.s, e: ts[k - 1]!.e };
  }
  return null;
}

function readLine(ctx: Ctx, line: Line, out: Candidate[]): void {
  const text = line.text;
  const ts = tokens(text, 0);
  const at = new Map(ts.map((t, k) => [t.s, k]));
  const found: { brand: string; ambiguous: boolean; name: string; s: number; e: number; more?: Reading; pe: number }[] =
    [];
  for (const b of findBrands(text)) {
    const spelt = text.slice(b.start, b.end);
    // A maker in running text is a capitalised name ("Mango", not "mango"), or spelt as the maker spells it.
    if (!/^[\p{Lu}\p{N}]/u.test(spelt) && spelt !== b.name) continue;
    // "Sony's excellent headphones": what the maker owns or says, not a piece named by it.
    if (/^['’]s\b/u.test(text.slice(b.end))) continue;
    const k = at.get(b.start);
    if (k === undefined) continue;
    let next = k;
    while (next < ts.length && ts[next]!.s < b.end) next++;
    const last = ts[next - 1];
    let r: Reading | null = null;
    // "Armani-jeans", "Veja-Sneaker", "Stetson-hatten": the maker joined to the piece in one word.
    const joined = /^-(\p{L}+)/u.exec(text.slice(b.end));
    if (last && joined && last.e > b.end && nounHits(joined[1]!) && opensAt(ts, k))
      r = { name: joined[1]!, s: b.start, e: b.end + joined[0].length };
    else if (last?.end !== true && opensAt(ts, k)) r = after(ts, next);
    // "ce manteau rouge Rudsak", "un foulard Petitjean Paris": the maker closes the phrase. An everyday word that is
    // also a maker ("Gap", "Away") counts only before a product noun, never closing one.
    const closes = !ts[next] || !ts[next]!.word || ts[next]!.end || isStopword(ts[next]!.t) || lower(ts[next]!);
    if (!r && closes && !b.ambiguous) r = before(ts, k);
    if (!r) continue;
    const name = r.name || text.slice(r.s, r.e);
    const s = Math.min(r.s, b.start);
    const more =
      r.e > b.end
        ? second(
            ts,
            ts.findIndex((t) => t.s >= r!.e),
          )
        : null;
    const e = Math.max(more?.e ?? r.e, b.end);
    found.push({
      brand: b.name,
      ambiguous: b.ambiguous,
      name,
      s,
      e,
      pe: Math.max(r.e, b.end),
      ...(more ? { more } : {}),
    });
  }
  for (let n = 0; n < found.length; n++) {
    const { brand, ambiguous, name, s, e, more, pe } = found[n]!;
    // The writer's own pieces and picks: news names makers the same way ("Her co-star wore a Prada suit"). A list of
    // pieces with nothing but punctuation between them ("Zara sweater. Topshop pants. H&M hat") is an outfit's credits.
    const listed = [found[n - 1], found[n + 1]].some(
      (o) => !!o && (o.s >= e ? LIST_GAP.test(text.slice(e, o.s)) : o.e <= s && LIST_GAP.test(text.slice(o.e, s))),
    );
    if (!listed && !firstPerson(sentenceAround(text, s, e))) continue;
    const pieces = more
      ? [
          { name, s, e: pe },
          { name: text.slice(more.s, more.e), s: more.s, e: more.e },
        ]
      : [{ name, s, e }];
    for (const p of pieces)
      out.push({
        brand,
        name: p.name,
        price: null,
        retailer: null,
        url: linkIn(ctx, line, p.s, p.e),
        element: line.el,
        claims: [{ i: line.i, s: p.s, e: p.e }],
        score: 2 + (ambiguous ? 0 : 1),
        format: 'anchor-maker-noun',
      });
  }
}

/** A second piece of the same maker after "and" ("Monki shirt and trousers"): lower-case words ending in a noun. */
function second(ts: Tok[], k: number): Reading | null {
  if (k < 0 || !ts[k] || !ts[k]!.word || !SHARED.test(ts[k]!.t) || ts[k - 1]?.end) return null;
  const r = after(ts, k + 1);
  // The second piece ends the phrase: "Monki shirt and trousers – Zara shoes", not "shirt and jeans I wore".
  const next = r ? ts.find((t) => t.s >= r.e) : undefined;
  return r && (!next || !next.word || ts[ts.indexOf(next) - 1]?.end) ? r : null;
}

/**
 * A known maker next to a plain product noun in prose, without a price or a model name: "three Topshop lipsticks",
 * "de Timberland boots", "ce manteau rouge Rudsak", "un foulard Petitjean Paris", "meine neuen Veja-Sneaker".
 * Only in a sentence in the writer's own voice: news names makers the same way ("Her co-star wore a Prada suit").
 */
export const makerNoun: Format = {
  id: 'anchor-maker-noun',
  detect(ctx: Ctx) {
    const out: Candidate[] = [];
    const neg = unpricedNegative();
    for (const line of ctx.lines) {
      if (line.h || clusters(ctx, line).length || line.text.length > 1200 || neg.test(line.text)) continue;
      readLine(ctx, line, out);
    }
    return out;
  },
};
