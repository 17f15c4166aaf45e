import { lookupBrand } from '../../gazetteer';
import { canonical } from '../brand';
import { nounHits } from '../lexicon';
import { properName } from '../text';
import { bareStarts } from './prose-bare';
import type { Tok } from './prose-tokens';
import { JOIN, MAKER_PREP, NP_END, OPENERS, PURPOSE, TAIL } from './prose-words';

const MAX_NP = 5;

/** Whether a word starts with a capital or a digit (a maker's name, a model). */
export const capital = (t: string) => /^[\p{Lu}\d]/u.test(t);

/** The maker named right after a piece: a known brand, or a short run of capitalised words. */
export function makerAt(ts: Tok[], k: number): { name: string; s: number; e: number } | null {
  const run: Tok[] = [];
  // "Pedro del Hierro", "Bimba y Lola": small joining words count inside a run of capitals.
  for (let j = k; j < ts.length && run.length < 4 && ts[j]!.word; j++) {
    const t = ts[j]!.t;
    // "de Zara Cuesta 149 euros": the price verb ends the maker's name.
    if (run.length && NP_END.test(t)) break;
    if (!capital(t) && !(JOIN.test(t) && run.length && ts[j + 1] && capital(ts[j + 1]!.t))) break;
    run.push(ts[j]!);
  }
  for (let n = run.length; n > 0; n--) {
    const text = run
      .slice(0, n)
      .map((x) => x.t)
      .join(' ');
    const known = lookupBrand(text);
    if (known || (n <= 3 && properName(text, 3) && n === run.length))
      return { name: known?.name ?? canonical(text), s: run[0]!.s, e: run[n - 1]!.e };
  }
  return null;
}

/** A noun phrase read in prose, with the maker named after it. */
export interface Reading {
  name: string;
  brand: string | null;
  s: number;
  e: number;
  /** Opened by "de", which also only links words ("coup de chapeau"): used when no article opens one. */
  weak: boolean;
  /** Opened by its own noun, with no article (./prose-bare): used when no article opens one. */
  bare?: boolean;
}

/** The noun phrase starting at token `j`, cut at its maker, an end word or five words. */
function phraseAt(ts: Tok[], j: number): { np: Tok[]; brand: { name: string; s: number; e: number } | null } {
  const np: Tok[] = [];
  let brand: { name: string; s: number; e: number } | null = null;
  for (; j < ts.length && np.length < MAX_NP && ts[j]!.word; j++) {
    const t = ts[j]!.t;
    if (MAKER_PREP.test(t) && ts[j + 1] && capital(ts[j + 1]!.t)) {
      brand = makerAt(ts, j + 1);
      break;
    }
    if (NP_END.test(t) || (np.length && lookupBrand(t) && capital(t) && !lookupBrand(t)?.ambiguous)) {
      if (!NP_END.test(t)) brand = makerAt(ts, j);
      break;
    }
    np.push(ts[j]!);
    if (ts[j]!.end) break;
  }
  while (np.length && TAIL.test(np[np.length - 1]!.t)) np.pop();
  return { np, brand };
}

/**
 * Noun phrases opened by an article in the tokens, each with the maker named after it when there is one;
 * with `bare`, also those a product noun opens without an article (./prose-bare), outside the article ones.
 */
export function phrases(ts: Tok[], bare = false): Reading[] {
  const out: Reading[] = [];
  const read = (k: number, from: number, kind: 'article' | 'bare') => {
    const { np, brand } = phraseAt(ts, from);
    const name = np.map((x) => x.t).join(' ');
    const purpose = np.findIndex((x) => PURPOSE.test(x.t));
    const head = purpose >= 0 ? np.slice(0, purpose) : np;
    if (!np.length || !nounHits(head.map((x) => x.t).join(' '))) return;
    const e = Math.max(np[np.length - 1]!.e, brand?.e ?? 0);
    const weak = kind === 'article' && ts[k]!.t.toLowerCase() === 'de';
    out.push({ name, brand: brand?.name ?? null, s: ts[k]!.s, e, weak, ...(kind === 'bare' ? { bare: true } : {}) });
  };
  for (let k = 0; k < ts.length; k++) if (OPENERS.has(ts[k]!.t.toLowerCase())) read(k, k + 1, 'article');
  if (!bare) return out;
  const held = out.map((r) => [r.s, r.e] as const);
  for (const k of bareStarts(ts)) if (!held.some(([s, e]) => ts[k]!.s >= s && ts[k]!.s < e)) read(k, k, 'bare');
  return out.sort((a, b) => a.s - b.s);
}
