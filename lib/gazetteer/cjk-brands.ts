/**
 * Brand names written in Japanese or Korean script, found inside unspaced text: Japanese puts no
 * spaces between words and Korean attaches particles, so a katakana or Hangul name is a substring
 * of a longer "word" ("セリーヌのバッグ", "샤넬백을"). The word-based matcher cannot see it.
 */
import type { BrandOccurrence } from './types';

interface NativeEntry {
  name: string;
  ambiguous: boolean;
}

export interface NativeIndex {
  byKey: Map<string, NativeEntry>;
  maxLength: number;
}

/** Kana, CJK ideographs and Hangul (syllables and jamo), with the long-vowel mark and half-width kana. */
export const CJK = /[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff\uac00-\ud7af\u1100-\u11ff\u3130-\u318f\uff66-\uff9f]/u;
/** Dots and spaces Japanese shops put between the parts of a name: "ルイ・ヴィトン". */
const INNER = /[\s・･·]/gu;

/** The script class of one character: names start and end where the script changes. */
function scriptOf(c: string | undefined): string {
  if (!c) return '';
  if (/[\u30a0-\u30ff\uff66-\uff9f]/u.test(c)) return 'kana';
  if (/[\u3040-\u309f]/u.test(c)) return 'hira';
  if (/[\uac00-\ud7af\u1100-\u11ff\u3130-\u318f]/u.test(c)) return 'hangul';
  if (/[\u3400-\u9fff\uf900-\ufaff]/u.test(c)) return 'han';
  return '';
}

/** A native-script name as text folds for this lookup: width unified, inner dots and spaces dropped. */
const fold = (s: string): string => s.normalize('NFKC').replace(INNER, '');

/**
 * Native-script names from the brand data ("Name|Alias|!Ambiguous alias" per line). A name of one or
 * two characters is kept only when not marked ambiguous: short kana runs are everyday words.
 */
export function buildNativeIndex(data: string): NativeIndex {
  const byKey = new Map<string, NativeEntry>();
  let maxLength = 0;
  for (const line of data.split('\n')) {
    const names = line.split('|');
    const canonical = names[0]!.replace(/^!/, '');
    for (const raw of names) {
      const ambiguous = raw.startsWith('!');
      const key = fold(ambiguous ? raw.slice(1) : raw);
      if (!CJK.test(key) || [...key].some((c) => !scriptOf(c)) || byKey.has(key)) continue;
      if (key.length < 3 && ambiguous) continue;
      byKey.set(key, { name: canonical, ambiguous });
      maxLength = Math.max(maxLength, key.length);
    }
  }
  return { byKey, maxLength };
}

/**
 * Native-script brands in `text` from `from` to `to`, left to right, longest first. A name starts where
 * its script starts (after Latin, punctuation, a particle or another script) and ends where it changes,
 * or, for names of three characters or more or unambiguous ones of two, anywhere (a noun or particle often
 * follows: "セリーヌバッグ", "샤넬백").
 * Only plain (unfolded) CJK text is read; a name split by a "・" is left to the word matcher.
 */
export function findNativeBrands(index: NativeIndex, text: string, from = 0, to = text.length): BrandOccurrence[] {
  const out: BrandOccurrence[] = [];
  if (index.maxLength === 0) return out;
  for (let i = from; i < to;) {
    const script = scriptOf(text[i]);
    if (!script || scriptOf(text[i - 1]) === script) {
      i++;
      continue;
    }
    let found: BrandOccurrence | null = null;
    for (let n = Math.min(index.maxLength, to - i); n >= 1 && !found; n--) {
      const entry = index.byKey.get(text.slice(i, i + n).normalize('NFKC'));
      if (!entry) continue;
      const closed = scriptOf(text[i + n]) !== scriptOf(text[i + n - 1]);
      if (closed || n >= 3 || (n >= 2 && !entry.ambiguous))
        found = { name: entry.name, ambiguous: entry.ambiguous, start: i, end: i + n };
    }
    if (found) out.push(found);
    i = found ? found.end : i + 1;
  }
  return out;
}
