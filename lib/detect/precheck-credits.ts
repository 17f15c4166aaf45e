import { RELEASE_PATTERN, SNEAKER_PATTERN, VOICE_PATTERN } from './generated/precheck-patterns';
import { ITEM_WORD as ITEM } from './precheck-lists';
import { runTogether } from './precheck-glued';
import { proseCredits } from './precheck-prose';
import { isLower, lazyRegExp } from './precheck-text';
import { lowerCredit } from './precheck-lower';

/*
 * The pre-check's reading of pages without prices or shop links: outfit credits, wishlist prose and release
 * previews name their products beside a maker's name. Each scan has a cheap first step (a joint, a change of
 * case, a quote); the word tables are only tried on a few dozen characters around what it finds.
 */

// The patterns are made from the word tables at build time (lib/detect/precheck-patterns.ts).
const VOICE = lazyRegExp(() => VOICE_PATTERN, 'g');
const SNEAKER = lazyRegExp(() => SNEAKER_PATTERN);
const RELEASE = lazyRegExp(() => RELEASE_PATTERN);
/**
 * The joint of a credit line: "Coat: Sézane", "Płaszcz – Pull&Bear", "Mantel von Barbara Schwarzer",
 * "Klänningen är från American Apparel", "spódnica z Zary", "A / B / C", "トップス／UNIQLO", and the ideographic
 * space of Japanese outfit lists ("デニム　ユニクロ"). The name after it is
 * checked apart (capital, & or CJK).
 */
// Spaces first and word joints grouped by letter: the scan then tries one branch at most characters.
// A dash run into its label counts too ("Hairband- Neon Sheep"); the dash is tested before the letter behind it.
const JOINT = new RegExp(
  [
    String.raw`[ \u00a0](?:[–—-]|\/\/?|von|by|d(?:e|i|a|el)|van|f(?:rån|ra|rom)|af|od|z)[ \u00a0]`,
    String.raw`[–—-](?<=[a-z].)[ \u00a0]`,
    '[:：|／\u3000]',
  ].join('|'),
  'g',
);
/** Where a credit's item label starts: after the previous line, sentence or joint. */
const LABEL_START = '.!?;:：|/／–—()\n';
/** How far (characters) a credit's item label reaches back from its joint. */
const LABEL_REACH = 40;
/** A maker written before "の" and a product after it ("ZARAのスカート", "A.P.C.のトート"). */
const MAKER_NO = /[A-Za-z0-9.&'’]の/g;
/** A short capitalised name in quotes: a release's colourway (`Air Max 90 "Infrared"`). */
const QUOTED = /[\w)][ \u00a0]["“„«]([A-Z][^"”“»\n]{1,30})["”»]/g;
/** Quotes and a bracket that may open a maker's name after a joint. */
const OPENING_QUOTES = '"“„«\'(';
/** Whether a UTF-16 code is a letter of a script without case (kana, CJK, hangul: the ranges of CJK). */
const isCjk = (c: number): boolean =>
  (c >= 0x3040 && c <= 0x30ff) || (c >= 0x3400 && c <= 0x9fff) || (c >= 0xac00 && c <= 0xd7af);

/** Whether a name starts at `k`: a capital, "&", a digitless CJK word, after "c/o", "chez" or an opening quote. */
function nameStarts(text: string, low: string, k: number): boolean {
  if (low.startsWith('c/o ', k)) k += 4;
  else if (low.startsWith('chez ', k)) k += 5;
  // Characters compared, not regexes run: this runs at every joint of the page.
  const q = low[k];
  if (q !== undefined && OPENING_QUOTES.includes(q)) k++;
  const c = text[k] ?? '';
  return c === '&' || c !== low[k] || isCjk(c.charCodeAt(0));
}

/**
 * How many credit lines, up to `enough`: an item label with a product word, a joint, then a name ("Shirt: Gap",
 * "Mantel von Jil Sander", "ZARAのスカート"), or a label run into its name. `text` is the page's text and `low`
 * its lower case, which tell capitals apart.
 */
export function creditLines(text: string, low: string, enough: number): number {
  // Lower-casing changes the length of a few characters (İ); then capitals cannot be told by position.
  if (text.length !== low.length) text = low;
  let found = 0;
  // Credits whose name has no capital ("sweater: zara"): they count only as a list of two or more.
  let lower = 0;
  JOINT.lastIndex = 0;
  for (let m = JOINT.exec(low); m && found < enough; m = JOINT.exec(low)) {
    let k = m.index + m[0].length;
    while (low[k] === ' ') k++;
    if (!nameStarts(text, low, k)) {
      // Only after a sign (a word joint has a letter after its space): after "de" ("zapatos de pala"), it is prose.
      if (!isLower(m[0][1]) && lowerCredit(low, m.index, k) && ++lower >= 2) found = enough;
      continue;
    }
    let from = m.index;
    while (from > 0 && m.index - from < LABEL_REACH && !LABEL_START.includes(low[from - 1]!)) from--;
    const label = low.slice(from, m.index);
    // A quoted name before "by": a release's colourway ('Dunk Low "Sequoia" by Nike').
    if (ITEM.test(label) || (/[a-z]/.test(m[0]) && /[”"»]\s*$/.test(label))) found++;
  }
  MAKER_NO.lastIndex = 0;
  for (let m = MAKER_NO.exec(text); m && found < enough; m = MAKER_NO.exec(text)) {
    if (ITEM.test(low.slice(m.index + 2, m.index + 10))) found++;
  }
  if (found < enough) found += runTogether(text, low, enough - found);
  return proseCredits(text, low, found, enough);
}

/** How many quoted colourways follow a sneaker maker or model, up to `enough` ('Dunk Low "Green Glow"'). */
export function colourways(text: string, low: string, enough: number): number {
  if (text.length !== low.length) return 0;
  let found = 0;
  QUOTED.lastIndex = 0;
  for (let m = QUOTED.exec(text); m && found < enough; m = QUOTED.exec(text)) {
    if (SNEAKER.test(low.slice(Math.max(0, m.index - 40), m.index + 1))) found++;
  }
  return found;
}

/** Whether lower-case text speaks of a release (a drop, a colourway, a launch). */
export const speaksOfRelease = (low: string): boolean => RELEASE.test(low);

/**
 * English "I" as a word ("I", "I've"): only the page's own case tells it from Italian "i" and "i.e.". A lower-case
 * letter may run into it, as a heading's text runs into the paragraph after it ("My listI've been").
 */
const PRONOUN_I = /(?<![A-Z0-9])I(?=[\s'’,])/g;

/** How many first-person words, up to `enough`: the voice of a blog post, not a news report. */
export function firstPerson(text: string, low: string, enough: number): number {
  let found = 0;
  for (const [re, s] of [
    [VOICE, low],
    [PRONOUN_I, text],
  ] as const) {
    re.lastIndex = 0;
    for (let m = re.exec(s); m && found < enough; m = re.exec(s)) found++;
  }
  return found;
}

/** Whether the article's heading credits a product to its maker: a single-pick post ("The Jolie tote by Polène"). */
export function headingCredit(doc: Document | null): boolean {
  const h1 = doc?.getElementsByTagName('h1')[0]?.textContent ?? '';
  return h1.length > 0 && h1.length < 200 && creditLines(h1, h1.toLowerCase(), 1) > 0;
}
