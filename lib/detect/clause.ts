import { findBrands, lookupBrand } from '../gazetteer';
import { isStopword, nounHits } from './lexicon';
import type { Parsed } from './segment';

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’&+.-]*/gu;
// Words that name the maker after the piece ("crew by RAEBURN"): what follows them is no new product.
const MAKER_PREP = /^(?:by|from|von|de|di|da|van|från|fra|af|z|od|chez|bei|at|via|x)$/i;
// A word in capitals: credits write makers so ("wears FERNLEIGH blouse").
const CAPS = /^\p{Lu}[\p{Lu}\d&+.'’-]+$/u;
const upper = (w: string) => /^[\p{Lu}\d]/u.test(w);

/**
 * Where the product starts in a name read from prose up to its price. A segment cut after a comma or a
 * conjunction keeps the clause's lead-in ("and FAO Schwarz soft toys", "ahead of Barbie dolls", "Elsa wears
 * BEC + BRIDGE top"): leading function words go, and so does a lead-in of two or more words with a lower-case
 * word that is neither a function word nor a product noun, before a capitalised maker (after a preposition) or a
 * known brand. A lead-in holding a
 * product noun ("Robe Monoprix esprit Isabel Marant") or a known brand is part of the name.
 */
export function proseStart(name: string): number {
  const ws = [...name.matchAll(WORD)];
  let k = 0;
  while (k < ws.length - 1 && !upper(ws[k]![0]) && isStopword(ws[k]![0])) k++;
  // Only words go: a name's own lead ("「", a quote) stays.
  const start = k ? ws[k]!.index : 0;
  // Where a maker's run may start: a capitalised word after a preposition or conjunction ("ahead of Barbie"), or
  // a known brand or a word in capitals after a verb-like word ("wears BEC + BRIDGE"), once the lead-in has had
  // such a word.
  const known = new Set(
    findBrands(name)
      .filter((b) => !b.ambiguous)
      .map((b) => b.start),
  );
  const cuts: number[] = [];
  let verb = false;
  for (let j = k; j < ws.length; j++) {
    const w = ws[j]![0];
    const prev = ws[j - 1]?.[0] ?? '';
    if (!upper(w)) verb ||= !isStopword(w) && !nounHits(w);
    else if (
      verb &&
      j - k >= 2 &&
      !upper(prev) &&
      !MAKER_PREP.test(prev) &&
      (isStopword(prev) || known.has(ws[j]!.index) || CAPS.test(w))
    )
      cuts.push(j);
  }
  // The latest one whose lead-in names no piece and no maker.
  for (const j of cuts.reverse()) {
    const lead = name.slice(start, ws[j]!.index).trim();
    if (!nounHits(lead) && !lookupBrand(lead)) return ws[j]!.index;
  }
  return start;
}

/** A parsed segment's name without its clause lead-in (see proseStart): "and pants", "ahead of Barbie dolls". */
export function withoutLead(p: Parsed | null): Parsed | null {
  if (!p?.name) return p;
  const k = proseStart(p.name);
  return k > 0 ? { ...p, name: p.name.slice(k), nameStart: p.nameStart + k } : p;
}

/**
 * Whether a name opens on a maker of its own: a capitalised run, then lower-case words ("V-Tech smart watches",
 * "Barbie dolls"). A title-case name ("Amour Midi Skirt") may still be the piece of a maker named before it.
 */
export const ownMaker = (name: string): boolean => /^[\p{Lu}\d][^\s]*(?:\s+[\p{Lu}\d&][^\s]*)*\s+\p{Ll}/u.test(name);
