import { CREDIT_ITEMS, FIRST_PERSON, RELEASE_WORDS, SNEAKER_MAKERS, SNEAKER_WORDS } from './precheck-credit-words';
import {
  AFFILIATE_WORDS,
  CODES_AFTER,
  CODES_BEFORE,
  DISCLOSURE_CONTEXT,
  DISCLOSURE_NOUNS,
  INTENT_PHRASES,
  PRODUCT_STEMS,
} from './precheck-words';
import { alternation } from './precheck-text';
import { CTA_WORDS } from './cta-words';
import { CJK_FROM } from './precheck-lists';

/*
 * The pre-check's patterns as regex sources, made from its word tables. Run by scripts/build-precheck-patterns.ts,
 * which writes them to lib/detect/generated/precheck-patterns.ts: the content script then ships the finished
 * sources, and no page pays for joining hundreds of words into patterns (about a millisecond of cold script on every
 * page before the pre-check could read a word). A unit test keeps the generated file equal to what this makes.
 */

const NUMBER_WORD = '(?:ten|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand)';

/** A regex source's top-level alternatives as a word table: `get (?:it|one)|shop` → `get_(?:it|one) shop`. */
function tableOf(source: string): string {
  const out: string[] = [];
  let depth = 0;
  let from = 0;
  for (let k = 0; k <= source.length; k++) {
    const ch = source[k];
    if (ch === '(') depth++;
    else if (ch === ')') depth--;
    else if (k === source.length || (ch === '|' && depth === 0)) {
      out.push(source.slice(from, k).replaceAll(' ', '_'));
      from = k + 1;
    }
  }
  return out.join(' ');
}

/**
 * The first three characters every match of a word table's entry starts with (a left edge or lookbehind matches no
 * character). Entries of kana, CJK or hangul, which may be shorter, have none: a stretch holding such a character is
 * read by the pattern itself. Any other entry must start with three plain characters, or the heads would not be a
 * sure first step: the build stops.
 */
function headsOf(table: string): string[] {
  const heads = new Set<string>();
  for (const entry of table.trim().split(/\s+/)) {
    const word = entry
      .replaceAll('_', ' ')
      .replace(/^\\b/, '')
      .replace(/^\(\?<!(?:\[[^\]]*\]|[^)])*\)/, '');
    if (word.charCodeAt(0) >= CJK_FROM) continue;
    const head = word.slice(0, 3);
    if (!/^[\p{L} ]{3}$/u.test(head)) throw new Error(`precheck: entry ${entry} has no plain three-letter head`);
    heads.add(head);
  }
  return [...heads];
}

/** Each pattern's source by the name of its constant in the generated file. */
export function precheckPatterns(): Record<string, string> {
  return {
    // A product noun (or buy word) anywhere in a short stretch of lower-case text.
    PRODUCT_PATTERN: alternation(PRODUCT_STEMS),
    // Garments too common to sit by a price, which only count in credits.
    CREDIT_ITEM_PATTERN: alternation(CREDIT_ITEMS),
    // Shopping intent on its own (group 1), an affiliate notice (group 2), a notice's noun that needs context (3).
    CUES_PATTERN: [INTENT_PHRASES, AFFILIATE_WORDS, DISCLOSURE_NOUNS].map((t) => `(${alternation(t)})`).join('|'),
    DISCLOSURE_NEAR_PATTERN: alternation(DISCLOSURE_CONTEXT),
    // An amount of money: a sign, a code glued to or spaced from digits on either side, yen and won after digits
    // or their myriads, an amount in words ("forty pounds").
    MONEY_PATTERN:
      `[$£€¥₹₩₽₺₱฿₫₪]|[\\d万千萬만천]\\s?[円원元]|\\b(?:${alternation(CODES_BEFORE)})\\s?(?=\\d)` +
      `|\\d\\s?(?:${alternation(CODES_AFTER)})(?![a-zà-ÿ])` +
      `|\\b${NUMBER_WORD}[\\s-]+(?:\\w+[\\s-]+)?(?:pounds|dollars|euros|quid|bucks)\\b`,
    VOICE_PATTERN: alternation(FIRST_PERSON),
    SNEAKER_PATTERN: alternation(SNEAKER_WORDS),
    RELEASE_PATTERN: alternation(RELEASE_WORDS),
    // Sneaker makers, then a space: a model may follow ("Reebok Club C").
    SNEAKER_MODEL_PATTERN: String.raw`\b(?:${alternation(SNEAKER_MAKERS)})[ \u00a0]`,
    // The buy-button words anywhere in lower-case text (./cta's labels test reads the same words).
    CTA_ANYWHERE_PATTERN: alternation(tableOf(CTA_WORDS)),
    // The heads of the item words (product stems and credit items), "|"-separated: ITEM_WORD's first step.
    ITEM_HEADS: [...new Set([...headsOf(PRODUCT_STEMS), ...headsOf(CREDIT_ITEMS)])].join('|'),
  };
}

/** The generated file's text for these patterns. */
export function precheckPatternsFile(): string {
  const lines = [
    '// GENERATED FILE — do not edit. Built by scripts/build-precheck-patterns.ts (npm run precheck:patterns)',
    '// from the word tables in lib/detect/precheck-words.ts, precheck-credit-words.ts and cta-words.ts.',
    '',
  ];
  for (const [name, source] of Object.entries(precheckPatterns())) {
    lines.push(`export const ${name} = ${JSON.stringify(source)};`);
  }
  return `${lines.join('\n')}\n`;
}
