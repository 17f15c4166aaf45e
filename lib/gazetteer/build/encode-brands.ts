/** Build-time encoding of the brand records into the content-script string. */
import { buildBrandIndex } from '../brand-index';
import { derivedKeys } from '../derive';
import { nameKey } from '../normalize';
import { claimKeys, sortByKey } from './claim-keys';
import { SourceError, type BrandRecord } from './parse-sources';

type Name = { text: string; ambiguous: boolean };

const encodeLine = (names: Name[]): string => names.map((n) => (n.ambiguous ? '!' : '') + n.text).join('|');

/** True when `alias` is one of the variants the runtime derives from `from`. */
function derives(from: Name, alias: Name): boolean {
  const key = nameKey(alias.text);
  return derivedKeys(nameKey(from.text)).some(
    (d) => d.key === key && (d.ambiguous || from.ambiguous) === alias.ambiguous,
  );
}

export function encodeBrands(records: BrandRecord[]): string {
  const kept = claimKeys(records, (r) => r.names, 'brand');
  const rows = sortByKey(
    records.map((r) => ({ canonical: r.names[0]!.text, names: kept.get(r) ?? [] })),
    (row) => nameKey(row.canonical),
  );
  // Aliases the runtime re-derives need not ship; verify against the real decoder and
  // put back any that a neighbouring brand's derived variant would shadow.
  const dropped = new Set<Name>();
  for (const row of rows) {
    for (const alias of row.names.slice(1)) {
      if (row.names.some((n) => n !== alias && !dropped.has(n) && derives(n, alias))) dropped.add(alias);
    }
  }
  for (;;) {
    const data = rows.map((row) => encodeLine(row.names.filter((n) => !dropped.has(n)))).join('\n');
    const index = buildBrandIndex(data);
    const wrong: string[] = [];
    let restored = false;
    for (const row of rows) {
      for (const n of row.names) {
        const hit = index.byKey.get(nameKey(n.text));
        if (hit?.name === row.canonical && hit.ambiguous === n.ambiguous) continue;
        if (dropped.delete(n)) restored = true;
        else wrong.push(`"${n.text}" resolves to ${hit ? `"${hit.name}"` : 'nothing'}`);
      }
    }
    if (wrong.length > 0) throw new SourceError(`brand names that do not resolve:\n  ${wrong.join('\n  ')}`);
    if (!restored) return data;
  }
}
