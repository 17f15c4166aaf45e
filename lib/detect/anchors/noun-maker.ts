import { findBrands, lookupBrand } from '../../gazetteer';
import { canonical } from '../brand';
import type { Candidate, Ctx, Format, Line } from '../context';
import { clusters } from '../clusters';
import { linkIn } from '../href';
import { isStopword, lexicon, nounHits, pageLanguage } from '../lexicon';
import { properName } from '../text';
import { tokens, type Tok } from './prose-tokens';
import { OPENERS } from './prose-words';
import { OWN_OPENERS } from './piece-words';
import { FIRST, INNER, JOIN, LIST_GAP, MAX_DESC, MAX_RUN, POSTPOSED } from './noun-maker-words';

const lower = (t: Tok) => t.word && /^\p{Ll}/u.test(t.t);
const capital = (t: Tok | undefined) => !!t && t.word && /^[\p{Lu}\d]/u.test(t.t);
const opener = (t: Tok | undefined) =>
  !!t && t.word && (OPENERS.has(t.t.toLowerCase()) || OWN_OPENERS.has(t.t.toLowerCase()));

/** Whether a piece's noun at `k` opens a phrase: after an article or possessive, or at a clause's or list's edge. */
function opens(ts: Tok[], k: number): boolean {
  const p = ts[k - 1];
  return !p || opener(p) || !p.word || p.end;
}

/** A maker the gazetteer does not know, at `k`: a short run of capitalised words that reads as a proper name. */
function unknownRun(ts: Tok[], k: number, text: string): { name: string; next: number; e: number } | null {
  let j = k;
  const run: Tok[] = [];
  while (j < ts.length && run.length < MAX_RUN) {
    const t = ts[j]!;
    if (capital(t) || (run.length && JOIN.test(t.t) && capital(ts[j + 1]))) run.push(t);
    else break;
    j++;
    if (t.end) break;
  }
  if (!run.length || !capital(run[run.length - 1])) return null;
  const name = text.slice(run[0]!.s, run[run.length - 1]!.e);
  // A capitalised product noun or function word is no maker ("Robe", "Il").
  if (!properName(name, MAX_RUN) || nounHits(name) || run.some((t) => isStopword(t.t) && !JOIN.test(t.t))) return null;
  return { name: canonical(name), next: j, e: run[run.length - 1]!.e };
}

function readLine(ctx: Ctx, line: Line): Candidate[] {
  const out: Candidate[] = [];
  const text = line.text;
  const ts = tokens(text, 0);
  const known = new Map<number, { name: string; ambiguous: boolean; end: number }>();
  for (const b of findBrands(text)) {
    const spelt = text.slice(b.start, b.end);
    if (!/^[\p{Lu}\p{N}]/u.test(spelt) && spelt !== b.name) continue;
    known.set(b.start, { name: b.name, ambiguous: b.ambiguous, end: b.end });
  }
  for (let j = 0; j < ts.length - 1; j++) {
    const noun = ts[j]!;
    if (!noun.word || noun.end || !nounHits(noun.t) || !opens(ts, j)) continue;
    // A capitalised noun starts a line or a list's item ("Caraco Gérard Darel – Pull marron chiné Kuxo").
    if (!lower(noun) && ts[j - 1]?.word) continue;
    if (lookupBrand(noun.t)) continue;
    let k = j + 1;
    let last = j;
    while (k < ts.length && k - j - 1 < MAX_DESC && lower(ts[k]!) && !ts[k - 1]!.end) {
      const t = ts[k]!;
      if (INNER.test(t.t)) {
        k++;
        continue;
      }
      if (isStopword(t.t)) break;
      last = k;
      k++;
    }
    // Only the words up to the last described one belong to the piece; the maker follows them directly.
    k = last + 1;
    const m = ts[k];
    if (!capital(m) || ts[last]!.end) continue;
    const b = known.get(m!.s);
    let maker: { name: string; next: number; e: number; known: boolean } | null = null;
    if (b) {
      let next = k;
      while (next < ts.length && ts[next]!.s < b.end) next++;
      // An everyday word that is also a maker ("Gas", "Majestic") counts right after the noun only.
      if (!b.ambiguous || last === j) maker = { name: b.name, next, e: b.end, known: true };
    } else if (lower(noun)) {
      // A capitalised noun with a capitalised word after it is a title ("Casaco cropped Tweed"), not a credit.
      const r = unknownRun(ts, k, text);
      if (r) maker = { ...r, known: false };
    }
    if (!maker) continue;
    // The maker closes the phrase: punctuation, the line's end, or a lower-case word after it, never a longer name.
    const after = ts[maker.next];
    if (after && capital(after) && !ts[maker.next - 1]!.end) continue;
    // "le feutre gris Henrietta de Maison Michel": an unknown run before a maker's preposition is the model's name.
    if (!maker.known && after && /^(?:de|di|da|by|chez|par|por|d')$/i.test(after.t) && capital(ts[maker.next + 1]))
      continue;
    // "… Lanvin's": what the maker owns.
    if (/^['’]s\b/u.test(text.slice(maker.e))) continue;
    const name = text.slice(noun.s, ts[last]!.e);
    out.push({
      brand: maker.name,
      name,
      price: null,
      retailer: null,
      url: linkIn(ctx, line, noun.s, maker.e),
      element: line.el,
      claims: [{ i: line.i, s: noun.s, e: maker.e }],
      score: 2 + (maker.known ? 1 : 0) + (opener(ts[j - 1]) ? 1 : 0),
      format: 'anchor-noun-maker',
    });
    j = maker.next - 1;
  }
  return out;
}

/**
 * The readings of one line that stand: all of them in the writer's own voice ("je le porte avec un jean délavé
 * Cheap Monday"), else those of a credit list, each next to another with only punctuation between them ("Abito e
 * cappa Mangano, cuissard Geox"). News names makers the same way ("sneakers Asics e, a tracolla, …").
 */
function standing(line: Line, found: Candidate[], lang: string): Candidate[] {
  if (FIRST[lang]?.test(line.text)) return found;
  const span = (c: Candidate) => c.claims[0]!;
  return found.filter((c, n) =>
    [found[n - 1], found[n + 1]].some((o) => {
      if (!o) return false;
      const [a, b] = span(o).s >= span(c).e ? [span(c), span(o)] : [span(o), span(c)];
      return LIST_GAP.test(line.text.slice(a.e, b.s));
    }),
  );
}

/**
 * Pieces whose maker closes their phrase with no preposition, as French, Italian, Spanish and Portuguese put it
 * after the noun and its adjectives: "des ballerines jaunes Vuitton", "un tee-shirt à capuche coton et cachemire
 * Majestic", "una giacca Tommy Hilfiger", "gli stivali Miu Miu", "Caraco Gérard Darel – Pull marron chiné Kuxo".
 * A maker the gazetteer does not know is read as a short capitalised run after a lower-case noun. Read on pages
 * in those languages only, in the writer's own voice or in a list of credits.
 * Over-generates (news and model names read the same way): the scorer decides.
 */
export const nounMaker: Format = {
  id: 'anchor-noun-maker',
  detect(ctx: Ctx) {
    const lang = pageLanguage();
    if (!POSTPOSED.has(lang)) return [];
    const out: Candidate[] = [];
    const lex = lexicon();
    for (const line of ctx.lines) {
      if (line.h || clusters(ctx, line).length || line.text.length > 1500 || lex.negative.test(line.text)) continue;
      out.push(...standing(line, readLine(ctx, line), lang));
    }
    return out;
  },
};
