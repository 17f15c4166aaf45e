import { dataGeneration, gazetteerData, hasGazetteerData } from '../gazetteer/data-source';

/** The parts of the lexicon (./lexicon) a noun lookup reads; declared here so the two modules import one way. */
export interface NounTables {
  nouns: Set<string>;
  scoped: Map<string, Set<string>>;
  heads: string[];
  stop: Map<string, Set<string>>;
}

/** One inflection of a language: the ending a form carries and what its listed base ends in instead. */
interface Ending {
  suffix: string;
  base: string;
}

// A compound keeps at least this many letters before its head ("Daunen|jacke"), so a head is never a whole word;
// an inflected form keeps as many before its ending ("kjol|en"), so no short word reads as a noun's form.
const MIN_STEM = 3;

let cache: { gen: number; by: Map<string, Ending[]> } | null = null;

/**
 * The [endings] of every language (data/lexicon/LANG.txt): "en" strips a definite ending (Swedish "kjolen"),
 * "ino>o" turns a diminutive back into its base (Italian "cappottino" → "cappotto"). Longest ending first.
 */
function endings(): Map<string, Ending[]> {
  if (!hasGazetteerData()) return new Map();
  const gen = dataGeneration();
  if (cache?.gen === gen) return cache.by;
  const by = new Map<string, Ending[]>();
  for (const line of (gazetteerData().lexicon ?? '').split('\n')) {
    const [section, lang, entry] = line.split('|');
    if (section !== 'endings' || !lang || !entry) continue;
    const [suffix = '', base = ''] = entry.split('>');
    if (suffix) by.set(lang, [...(by.get(lang) ?? []), { suffix, base }]);
  }
  for (const xs of by.values()) xs.sort((a, b) => b.suffix.length - a.suffix.length);
  cache = { gen, by };
  return by;
}

/** Whether a lower-case word is listed as a noun of `lang` (a noun spelt like a function word only in its own). */
const listed = (w: string, lex: NounTables, lang: string): boolean =>
  lex.nouns.has(w) && (lex.scoped.get(w)?.has(lang) ?? true);

/** Whether a word is a listed noun, its last hyphen part is one, or it is a compound ending in a head. */
function baseNoun(w: string, lex: NounTables, lang: string): boolean {
  if (listed(w, lex, lang)) return true;
  const dash = w.lastIndexOf('-');
  if (dash > 0 && listed(w.slice(dash + 1), lex, lang)) return true;
  return lex.heads.some((h) => w.length - h.length >= MIN_STEM && w.endsWith(h));
}

/**
 * Whether one lower-case word is a product noun: a base form (see baseNoun), or, on a page in a language with
 * [endings], an inflected form of one ("tröjan", "jakken", "maglioncino", "Daunenjacken") that is no function
 * word of that language.
 */
export function isNounForm(w: string, lex: NounTables, lang: string): boolean {
  if (baseNoun(w, lex, lang)) return true;
  const forms = lang ? endings().get(lang) : undefined;
  if (!forms || lex.stop.get(w)?.has(lang)) return false;
  for (const { suffix, base } of forms) {
    if (w.length - suffix.length < MIN_STEM || !w.endsWith(suffix)) continue;
    if (baseNoun(w.slice(0, -suffix.length) + base, lex, lang)) return true;
  }
  return false;
}
