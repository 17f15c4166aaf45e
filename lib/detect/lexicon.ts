import { dataGeneration, gazetteerData, hasGazetteerData } from '../gazetteer/data-source';
import { isNounForm } from './noun-forms';
import { alt, CJK, navPattern, negativePattern, NEVER } from './lexicon-patterns';

/** The detection words of every language, decoded from the gazetteer data (data/lexicon/*.txt). */
export interface Lexicon {
  /** Product nouns, lower-case single words (all languages but Japanese). */
  nouns: Set<string>;
  /** Multi-word product nouns ("sac à dos"), each counted as one noun; null when there are none. */
  phrases: RegExp | null;
  /**
   * Nouns spelt like another language's function word (Polish "but", a shoe, is English "but"), with the
   * languages they are nouns in: they count only on a page in one of those languages.
   */
  scoped: Map<string, Set<string>>;
  /** Japanese and Korean product nouns, matched as substrings (no spaces, or particles attached). */
  nounsJa: string[];
  /** Nouns that end compound words in German, Dutch and the Nordic languages ("Daunenjacke", "ullkappa"). */
  heads: string[];
  /** "available at", "bei", "chez"… at the end of a text, before a shop. */
  shop: RegExp;
  /** A whole buy-button text: "Shop now", "Jetzt kaufen", "Acquista". */
  buy: RegExp;
  /** A label before the product: "Winner:", "Pictured", "Our pick". */
  label: RegExp;
  /**
   * Words of texts that name prices without selling: earnings, auction, per month. A [localnegative] word
   * ("rose", "fine") counts only on a page in its own language or a page that names none (see lexiconFor).
   */
  negative: RegExp;
  /** A price label ending a text: "Precio:", "Prix", "Our price" (the text before a price, or a whole label). */
  priceLabel: RegExp;
  /** Words of classifieds and second-hand listings: "like new", "VB", "noszona" (features, not a filter). */
  used: RegExp;
  /** A size label with its size after it, as listings print it: "Size M", "Gr. 38", "rozmiar XL". */
  size: RegExp;
  /** Function words (articles, conjunctions, prepositions) with the languages they belong to. */
  stop: Map<string, Set<string>>;
  /** A navigation link text ending a record: "Jump to Review", "Read more", "View on Amazon" ("*": a shop's name). */
  nav: RegExp;
}

const EMPTY: Lexicon = {
  nouns: new Set(),
  phrases: null,
  scoped: new Map(),
  nounsJa: [],
  heads: [],
  shop: NEVER,
  buy: NEVER,
  label: NEVER,
  negative: NEVER,
  priceLabel: NEVER,
  used: NEVER,
  size: NEVER,
  stop: new Map(),
  nav: NEVER,
};
let cache: {
  gen: number;
  lex: Lexicon;
  /** The [negative] words of every language. */
  negative: string[];
  /** The [localnegative] words by language. */
  local: Map<string, string[]>;
  byLang: Map<string, Lexicon>;
} | null = null;

/**
 * The lexicon for the installed gazetteer data, for the page language the pipeline set; empty (matching nothing)
 * before data is installed.
 */
export function lexicon(): Lexicon {
  return lexiconFor(pageLang);
}

/**
 * The lexicon for a page in `lang` ('' when the page names none). Only the negative words differ by language:
 * a [localnegative] word is an everyday word elsewhere ("rose" is pink in French, "fine" the end in Italian), so
 * it counts on pages in its own language and on pages that name no language, where the other languages' pages
 * read it as the ordinary word it is there.
 */
export function lexiconFor(lang: string): Lexicon {
  const base = baseLexicon();
  if (!cache || base === EMPTY) return base;
  const known = cache.byLang.get(lang);
  if (known) return known;
  const own = lang ? (cache.local.get(lang) ?? []) : [...cache.local.values()].flat();
  const lex = own.length ? { ...base, negative: negativePattern([...cache.negative, ...own]) } : base;
  cache.byLang.set(lang, lex);
  return lex;
}

function baseLexicon(): Lexicon {
  if (!hasGazetteerData()) return EMPTY;
  const gen = dataGeneration();
  if (cache?.gen === gen) return cache.lex;
  const local = new Map<string, string[]>();
  const by: Record<string, string[]> = {
    nouns: [],
    compounds: [],
    shop: [],
    buy: [],
    labels: [],
    negative: [],
    prices: [],
    used: [],
    sizes: [],
    nav: [],
  };
  const ja: string[] = [];
  const langs = { nouns: new Map<string, Set<string>>(), stopwords: new Map<string, Set<string>>() };
  for (const line of (gazetteerData().lexicon ?? '').split('\n')) {
    const [section, lang, entry] = line.split('|');
    if (!section || !entry) continue;
    if (section === 'localnegative') local.set(lang!, [...(local.get(lang!) ?? []), entry]);
    if (section === 'nouns' || section === 'stopwords') {
      const m = langs[section];
      m.set(entry, (m.get(entry) ?? new Set()).add(lang!));
    }
    if (!by[section]) continue;
    if (section === 'nouns' && CJK.test(entry)) ja.push(entry);
    else by[section]!.push(entry);
  }
  const scoped = new Map<string, Set<string>>();
  for (const [w, ls] of langs.nouns) if ([...(langs.stopwords.get(w) ?? [])].some((l) => !ls.has(l))) scoped.set(w, ls);
  const phrases = by.nouns!.filter((w) => w.includes(' '));
  const words = (xs: string[]) => (xs.length ? alt(xs) : '(?!)');
  const lex: Lexicon = {
    nouns: new Set(by.nouns!.filter((w) => !w.includes(' '))),
    phrases: phrases.length ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${alt(phrases)})(?![\\p{L}\\p{N}])`, 'giu') : null,
    scoped,
    nounsJa: ja,
    heads: [...new Set(by.compounds)],
    stop: langs.stopwords,
    shop: new RegExp(`(?:^|[\\s,(])(?:${words(by.shop!)})\\s*:?\\s*$`, 'iu'),
    buy: new RegExp(`^\\s*(?:${words(by.buy!)})(?![\\p{L}])`, 'iu'),
    label: new RegExp(`^\\s*(?:${words(by.labels!)})(?![\\p{L}])\\s*[:–—-]?\\s*`, 'iu'),
    nav: navPattern(by.nav!),
    negative: negativePattern(by.negative!),
    priceLabel: new RegExp(`(?:^|[\\s,(|])(?:${words(by.prices!)})\\s*[:：–—-]?\\s*$`, 'iu'),
    used: new RegExp(`(?:^|[^\\p{L}])(?:${words(by.used!)})(?![\\p{L}])`, 'iu'),
    // The size follows a space, a colon or the label's own dot: "sizes" is no "size S".
    size: new RegExp(
      `(?:^|[^\\p{L}])(?:${words(by.sizes!)})(?:(?<=\\.)|\\s*:|\\s)\\s*(?:x{0,3}[sl]|m|\\d{2,3})(?![\\p{L}\\p{N}])`,
      'iu',
    ),
  };
  cache = { gen, lex, local, byLang: new Map(), negative: by.negative! };
  return lex;
}

/** Whether a whole text is a price label and nothing more: "Precio:", "Prezzo", "Our price –". */
export function isPriceLabel(text: string): boolean {
  const m = lexicon().priceLabel.exec(text);
  return !!m && !text.slice(0, m.index).trim();
}

/** Drops a price label ending a text ("Jeans 501 – Precio:" → "Jeans 501 –"), keeping the character before it. */
export const dropPriceLabel = (text: string): string =>
  text.replace(lexicon().priceLabel, (m) => (/^[,(|]/.test(m) ? m[0]! : '')).trimEnd();

/** The language of the page being read (two letters, '' when unknown): set once per page by the pipeline. */
let pageLang = '';

/** Tells the noun lookups which language the page being read is in (its `lang`, e.g. "en-GB"; '' when unknown). */
export function setPageLanguage(lang: string): void {
  pageLang = lang.slice(0, 2).toLowerCase();
}

/** The page language setPageLanguage set. */
export const pageLanguage = (): string => pageLang;

/**
 * How many product nouns a text holds (any language; a multi-word noun such as "sac à dos" counts once).
 * `lang` is the page's language, by default the one the pipeline set: nouns spelt like another language's
 * function word count only in their own language.
 */
export function nounHits(text: string, lex = lexicon(), lang = pageLang): number {
  let n = 0;
  let t = text.toLowerCase();
  if (lex.phrases)
    t = t.replace(lex.phrases, () => {
      n++;
      return ' ';
    });
  for (const w of t.split(/[^\p{L}\p{N}'-]+/u)) if (w && isNounForm(w, lex, lang)) n++;
  for (const w of lex.nounsJa) if (text.includes(w)) n++;
  return n;
}

/** Whether a word is a function word of the page's language (of any language when the page names none). */
export function isStopword(word: string, lex = lexicon(), lang = pageLang): boolean {
  const ls = lex.stop.get(word.toLowerCase());
  return !!ls && (!lang || ls.has(lang));
}
