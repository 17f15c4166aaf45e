/** Diagnostics: candidates and positives per generator, with and without a price. */
import type { PageData } from './detect-data';

export function formatStats(data: readonly PageData[]): void {
  const t = new Map<string, [number, number]>();
  for (const d of data) {
    if (Array.isArray(d.g)) continue;
    d.g.cands.forEach((c, k) => {
      const key = `${c.format}${c.price ? '' : ' (no price)'}`;
      const v = t.get(key) ?? [0, 0];
      v[0]++;
      v[1] += d.y[k]!;
      t.set(key, v);
    });
  }
  for (const [k, [n, p]] of [...t].sort())
    console.log(`${k.padEnd(32)} ${String(n).padStart(5)} candidates ${String(p).padStart(5)} positive`);
}
