import { dataGeneration, gazetteerData } from './data-source';
import { buildBrandIndex, type BrandEntry, type BrandIndex } from './brand-index';
import { nameKey, tokenize, type Token } from './normalize';
import { matchTokens } from './match-tokens';
import type { BrandHit, BrandOccurrence, BrandPrefix } from './types';
import { buildNativeIndex, CJK, findNativeBrands, type NativeIndex } from './cjk-brands';

type Entry = BrandEntry;

/** Longer inputs are not names; findBrands reads at most this much text. */
const MAX_NAME_LENGTH = 200;
const MAX_TEXT_LENGTH = 2_000_000;

let index: BrandIndex | null = null;
let indexGeneration = -1;
let native: NativeIndex | null = null;
let nativeGeneration = -1;

function getNative(): NativeIndex {
  if (!native || nativeGeneration !== dataGeneration()) {
    native = buildNativeIndex(gazetteerData().brands);
    nativeGeneration = dataGeneration();
  }
  return native;
}

function getIndex(): BrandIndex {
  if (!index || indexGeneration !== dataGeneration()) {
    index = buildBrandIndex(gazetteerData().brands);
    indexGeneration = dataGeneration();
  }
  return index;
}

/**
 * The longest brand starting at tokens[i], with the original index where it ends.
 * `scanning` leaves out guessed everyday-word variants, which would flood running text.
 */
function longestAt(
  text: string,
  tokens: readonly Token[],
  i: number,
  scanning: boolean,
): { entry: Entry; end: number } | null {
  const { byFirst } = getIndex();
  const t = tokens[i]!;
  let best: { entry: Entry; end: number } | null = null;
  for (const entry of byFirst.get(t.key) ?? []) {
    if (scanning && entry.guessed) continue;
    const end = matchTokens(text, tokens, i, entry.words);
    if (end >= 0) {
      best = { entry, end };
      break;
    }
  }
  if (!best && t.alt !== null) {
    // "Zara's": a possessive can only end a one-word name here.
    const single = (byFirst.get(t.alt) ?? []).find((e) => e.words.length === 1 && !(scanning && e.guessed));
    if (single) best = { entry: single, end: t.altEnd };
  }
  return best;
}

const hit = (e: Entry): BrandHit => ({ name: e.name, ambiguous: e.ambiguous });

/** The brand whose name or alias is the whole of `text` (case, accents and punctuation aside), or null. */
export function lookupBrand(text: string): BrandHit | null {
  if (typeof text !== 'string' || text.length > MAX_NAME_LENGTH) return null;
  const entry = getIndex().byKey.get(nameKey(text));
  return entry ? hit(entry) : null;
}

/**
 * The longest brand at the start of `text` (after leading spaces) that ends on a word
 * boundary: "Simon Miller Nubuck Bonsai" → Simon Miller, length 12.
 */
export function matchBrandPrefix(text: string): BrandPrefix | null {
  if (typeof text !== 'string') return null;
  const head = text.slice(0, MAX_NAME_LENGTH);
  const tokens = tokenize(head, getIndex().maxWords);
  const first = tokens[0];
  if (!first || head.slice(0, first.start).trim() !== '') return null;
  const found = longestAt(head, tokens, 0, false);
  return found ? { ...hit(found.entry), length: found.end } : null;
}

/**
 * Every brand in `text` at word boundaries (in Japanese and Korean text, script boundaries), left
 * to right, longest match first, never overlapping. Listed ambiguous names are reported (flagged);
 * everyday words guessed from a longer name ("rare" from "Rare Beauty") are not.
 */
export function findBrands(text: string): BrandOccurrence[] {
  if (typeof text !== 'string') return [];
  const body = text.length > MAX_TEXT_LENGTH ? text.slice(0, MAX_TEXT_LENGTH) : text;
  const tokens = tokenize(body);
  const out: BrandOccurrence[] = [];
  for (let i = 0; i < tokens.length;) {
    const found = longestAt(body, tokens, i, true);
    if (found) {
      out.push({ ...hit(found.entry), start: tokens[i]!.start, end: found.end });
      i += found.entry.words.length;
    } else {
      // Japanese and Korean run words together: look for a native-script name inside the word.
      const t = tokens[i]!;
      if (CJK.test(body.slice(t.start, t.end))) out.push(...findNativeBrands(getNative(), body, t.start, t.end));
      i++;
    }
  }
  return out;
}

/** Every canonical brand name (for tests and tooling). */
export function allBrandNames(): readonly string[] {
  return getIndex().canonicalNames;
}

/** Words shops put around their name in a domain label ("shopdoen", "simonmillerusa"). */
const LABEL_SUFFIXES = [
  'official',
  'stores?',
  'shop',
  'online',
  'usa',
  'us',
  'uk',
  'paris',
  'london',
  'nyc',
  'ny',
  'studio',
  'fragrances',
  'beauty',
  'cosmetics',
  'clothing',
  'brand',
  'label',
  'collection',
  'boutique',
];
const LABEL_AFFIXES = new RegExp(`^(?:shop|the|www)|(?:${LABEL_SUFFIXES.join('|')})$`, 'g');

/**
 * The brand a domain label spells, for brands' own web shops ("acnestudios", "sandro-paris",
 * "shopdoen"). Ambiguous names never match: "monday.com" is not the label Monday.
 */
export function brandForLabel(label: string): BrandHit | null {
  if (typeof label !== 'string' || label.length > 63) return null;
  const { byKey } = getIndex();
  const plain = label.toLowerCase().replace(/-/g, '');
  for (const candidate of [plain, plain.replace(LABEL_AFFIXES, '')]) {
    if (candidate.length < 3) continue;
    const entry = byKey.get(candidate);
    if (entry && !entry.ambiguous && entry.words.length === 1) return hit(entry);
  }
  return null;
}
