/** Diagnostics: which expected mentions no candidate covers (a generator's miss) vs the scorer rejects. */
import { DETECT_MODEL } from '../../lib/detect/generated/detect-model';
import { probability } from '../../lib/detect/model';
import type { PageData } from './detect-data';
import { canMatch } from './match-rules';

export function oracle(data: readonly PageData[], verbose: boolean): void {
  let covered = 0;
  let total = 0;
  for (const d of data) {
    if (Array.isArray(d.g)) continue;
    const g = d.g;
    const lines: string[] = [];
    for (const e of d.page.expected) {
      total++;
      const ks = g.cands.map((c, k) => (canMatch(e, c) ? k : -1)).filter((k) => k >= 0);
      if (ks.length) covered++;
      else
        lines.push(`  uncovered ${e.brand} | ${e.name} | ${e.price ? `${e.price.amount} ${e.price.currency}` : '-'}`);
    }
    if (verbose) {
      g.cands.forEach((c, k) => {
        const p = probability(DETECT_MODEL, g.X[k]!);
        lines.push(
          `  ${d.y[k] ? '+' : '-'} ${p.toFixed(2)} [${c.format}] ${c.brand} | ${c.name} | ` +
            `${c.price ? `${c.price.amount} ${c.price.currency}` : '-'} | ${c.retailer}`,
        );
      });
    }
    if (lines.length) console.log(`${d.page.id}\n${lines.join('\n')}`);
  }
  console.log(`covered ${covered}/${total} expected mentions`);
}
