import { isStopword } from './lexicon';
import { phrases } from './anchors/prose-phrases';
import { tokens } from './anchors/prose-tokens';
import { MAKER_PREP, OPENERS } from './anchors/prose-words';
import { nameOk } from './text';
import { escapeRegExp } from './escape-reg-exp';

/** Languages whose prose ./anchors/prose-maker reads by its noun phrases. */
const LANGS = /^(?:de|fr|it|es|pt|nl|da|sv|nb|nn|no|fi|pl)\b/i;
/** Function words, articles and prepositions that make a name a clause: "Tartan chez X pour ses bottes" holds three. */
const CLAUSE = 2;

/**
 * The product's words in a name read as a whole clause of European prose: the last noun phrase opened by an
 * article ("Motifs léopard chez Stuart Weitzman pour ses bottes de pluie" → "bottes de pluie", "Meno costose
 * ma altrettanto desiderabili le mini tracolle" → "mini tracolle"), and a name opened by an article and the
 * maker ("El Cecotec Conga 2290 Ultra") without them. Other names, and names on pages in other languages
 * (`lang`, the page's `<html lang>`), are kept as they are.
 */
export function clauseName(name: string, brand: string | null, lang: string): string {
  if (!LANGS.test(lang)) return name;
  const ts = tokens(name, 0);
  const first = ts[0]?.t.toLowerCase() ?? '';
  if (brand && OPENERS.has(first)) {
    const m = new RegExp(`^\\S+\\s+${escapeRegExp(brand)}\\s+(.+)$`, 'iu').exec(name);
    if (m && nameOk(m[1]!)) return m[1]!;
  }
  const small = (t: string) => isStopword(t) || OPENERS.has(t.toLowerCase()) || MAKER_PREP.test(t);
  if (ts.filter((x) => x.word && small(x.t)).length < CLAUSE) return name;
  const strong = phrases(ts).filter((r) => !r.weak);
  const last = strong[strong.length - 1];
  // The phrase must be a piece of the name, not all of it behind its article.
  if (!last || last.s === 0 || !nameOk(last.name)) return name;
  return last.name;
}

/** Function words of a sentence read as a name: "Her co-star wore a suit and a watch." holds three. */
const SENTENCE = 3;

/**
 * Whether a name is a whole sentence of the page's language: it ends with a full stop, a question or an
 * exclamation mark and holds three or more of the language's function words. Without a price such a name
 * reports or tells (a product's name is a noun phrase); roles drop it.
 */
export function isSentence(name: string): boolean {
  if (!/[.!?]\s*$/.test(name)) return false;
  return tokens(name, 0).filter((x) => x.word && isStopword(x.t)).length >= SENTENCE;
}
