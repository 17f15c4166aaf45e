/**
 * Diagnostics: what share of the mentions no candidate covers (or the shipped model misses) sit in a
 * repeated record found by lib/detect/records.ts.
 *   npx tsx scripts/diag-records.ts [--v]
 */
import { join } from 'node:path';
import { installBundledGazetteer } from '../lib/gazetteer/bundled';
import { DETECT_MODEL } from '../lib/detect/generated/detect-model';
import { recordGroups } from '../lib/detect/records';
import { gatherPage, predict } from './lib/detect-data';
import { repoPages, sharedPages } from './lib/labelled-pages';
import { canMatch, matchPage } from './lib/match-rules';

installBundledGazetteer();
const tok = (s: string) =>
  s
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 1);
const n = { uncovered: 0, uncoveredInRecord: 0, missed: 0, missedInRecord: 0, notFound: 0 };
for (const page of [...repoPages(join('tests', 'fixtures')), ...sharedPages()]) {
  const d = gatherPage(page);
  if (Array.isArray(d.g)) continue;
  const { ctx, cands } = d.g;
  const groups = recordGroups(ctx);
  const matched = new Set(matchPage(page.expected, predict(d, DETECT_MODEL)).map(([e]) => e));
  page.expected.forEach((e, k) => {
    const covered = cands.some((c) => canMatch(e, c) > 0);
    if (covered && matched.has(k)) return;
    // The line holding most of the expected name's words is where the mention sits.
    const nt = tok(e.name);
    let best = -1;
    let top = 0;
    for (const l of ctx.lines) {
      const lt = new Set(tok(l.text));
      const s = nt.filter((t) => lt.has(t)).length / Math.max(1, nt.length);
      if (s > top) [top, best] = [s, l.i];
    }
    const found = best >= 0 && top >= 0.5;
    const ws = found ? groups.filter((g) => g.recs.some((r) => r.lines.some((l) => l.i === best))) : [];
    if (!found) n.notFound++;
    if (covered) [n.missed, n.missedInRecord] = [n.missed + 1, n.missedInRecord + (ws.length ? 1 : 0)];
    else [n.uncovered, n.uncoveredInRecord] = [n.uncovered + 1, n.uncoveredInRecord + (ws.length ? 1 : 0)];
    if (process.argv.includes('--v'))
      console.log(`${covered ? 'MISS' : 'UNC '} ${ws.map((w) => w.kind + w.recs.length).join(',') || '-'} ${page.id}`);
  });
}
console.log(n);
