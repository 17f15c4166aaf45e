import { derivedKeys } from './derive';
import { nameKey } from './normalize';
import type { BrandHit } from './types';

export interface BrandEntry extends BrandHit {
  /** The folded words this entry matches. */
  words: string[];
  /** A variant guessed from a listed name ("Rare" from "Rare Beauty") that is an everyday word. */
  guessed: boolean;
}

export interface BrandIndex {
  byKey: Map<string, BrandEntry>;
  /** Entries by first word, longest first. */
  byFirst: Map<string, BrandEntry[]>;
  maxWords: number;
  canonicalNames: string[];
}

/**
 * Decodes the generated brand data ("Name|Alias|!Ambiguous alias" per line) into lookup
 * maps. Listed names win over derived variants; among derived variants the first wins.
 * Shared by the runtime and the build, which checks that dropped aliases still resolve.
 */
export function buildBrandIndex(data: string): BrandIndex {
  const byKey = new Map<string, BrandEntry>();
  const derived: Array<[string, BrandEntry]> = [];
  const canonicalNames: string[] = [];
  for (const line of data.split('\n')) {
    if (line === '') continue;
    const names = line.split('|');
    const canonical = names[0]!.replace(/^!/, '');
    canonicalNames.push(canonical);
    for (const raw of names) {
      const ambiguous = raw.startsWith('!');
      const key = nameKey(ambiguous ? raw.slice(1) : raw);
      byKey.set(key, { name: canonical, ambiguous, words: key.split(' '), guessed: false });
      for (const d of derivedKeys(key)) {
        const words = d.key.split(' ');
        derived.push([d.key, { name: canonical, ambiguous: ambiguous || d.ambiguous, words, guessed: d.ambiguous }]);
      }
    }
  }
  for (const [key, entry] of derived) if (!byKey.has(key)) byKey.set(key, entry);

  const byFirst = new Map<string, BrandEntry[]>();
  let maxWords = 1;
  for (const entry of byKey.values()) {
    const first = entry.words[0]!;
    const list = byFirst.get(first);
    if (list) list.push(entry);
    else byFirst.set(first, [entry]);
    maxWords = Math.max(maxWords, entry.words.length);
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.words.length - a.words.length);
  return { byKey, byFirst, maxWords, canonicalNames };
}
