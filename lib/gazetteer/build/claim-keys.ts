/** Build-time checks that every name folds to a key no other record claims. */
import { nameKey } from '../normalize';
import { SourceError } from './parse-sources';

/** Separators inside the encoded strings; names never contain them. */
const RESERVED = /[|\n@,!]/;

function checkName(name: string, where: string): string {
  if (RESERVED.test(name)) throw new SourceError(`${where}: "${name}" contains a reserved character (| @ , !)`);
  if (nameKey(name) === '') throw new SourceError(`${where}: "${name}" has no letters or digits`);
  return name;
}

/**
 * Claims every name's folded key for its record, failing on a key two records share.
 * Returns the names of the record whose key is new (aliases that fold onto a name
 * already listed, such as "Chloe" next to "Chloé", need not be stored).
 */
export function claimKeys<T extends { source: string }>(
  records: T[],
  namesOf: (r: T) => Array<{ text: string; ambiguous: boolean }>,
  kind: string,
): Map<T, Array<{ text: string; ambiguous: boolean }>> {
  const owner = new Map<string, T>();
  const flagOf = new Map<string, boolean>();
  const kept = new Map<T, Array<{ text: string; ambiguous: boolean }>>();
  const clashes: string[] = [];
  for (const record of records) {
    const names: Array<{ text: string; ambiguous: boolean }> = [];
    for (const name of namesOf(record)) {
      const key = nameKey(checkName(name.text, record.source));
      const previous = owner.get(key);
      if (previous === record) {
        if (flagOf.get(key) !== name.ambiguous) {
          clashes.push(
            `"${name.text}" (${record.source}) folds like another name on its line but is flagged differently`,
          );
        }
        continue;
      }
      flagOf.set(key, name.ambiguous);
      if (previous) {
        clashes.push(`"${name.text}" (${record.source}) folds like a ${kind} at ${previous.source}`);
        continue;
      }
      owner.set(key, record);
      names.push(name);
    }
    kept.set(record, names);
  }
  if (clashes.length > 0) throw new SourceError(`duplicate ${kind} names:\n  ${clashes.join('\n  ')}`);
  return kept;
}

export function sortByKey<T>(items: T[], keyOf: (t: T) => string): T[] {
  return items
    .map((item) => ({ item, key: keyOf(item) }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .map((x) => x.item);
}
