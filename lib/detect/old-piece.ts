import type { Candidate, Ctx } from './context';
import { wholeEntry } from './lexicon-wholes';

/** How far after a credit its marker may sit: "Target dress (old)", "shoes: ZARA (old);", "COS old (similar here)". */
const AFTER = 24;
/** The words leading a text, up to the first bracket or separator: " (old) / LeGale…" → "old". */
const LEAD = /^[\s,;:–—-]*[([{]?\s*([^()[\]{}.,;:/|–—-]*)/u;
/** A bracketed note closing a text: "Saturday bag (old)" → "old". */
const CLOSING_NOTE = /[([{]\s*([^()[\]{}]*?)\s*[)\]}]\s*$/u;

/**
 * Whether a credit marks its piece as old or no longer sold: "(old)", "– old", "H&M Trend old", "(last season)",
 * "(gammal)", "(sold out)", in the words of the lexicon's [old] section. The labelling rules leave such pieces out:
 * an outfit post credits what the writer wears, and a piece it calls old is no pick to buy. Read right after the
 * candidate's own text on its line, in a bracketed note closing that text, or as a lower-case word closing its name
 * (a capitalised one may be a model's own word).
 */
export function markedOld(ctx: Ctx, c: Candidate): boolean {
  const old = wholeEntry('old');
  const last = c.name.trim().split(/\s+/).pop() ?? '';
  if (last === last.toLowerCase() && old.test(last)) return true;
  for (const x of c.claims) {
    const text = ctx.lines[x.i]?.text ?? '';
    const after = LEAD.exec(text.slice(x.e, x.e + AFTER))?.[1]?.trim() ?? '';
    const note = CLOSING_NOTE.exec(text.slice(x.s, x.e))?.[1] ?? '';
    if ((after && old.test(after)) || (note && old.test(note))) return true;
  }
  return false;
}
