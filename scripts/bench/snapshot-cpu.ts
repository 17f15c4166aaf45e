/**
 * The page snapshot's cost in Chromium, as main-thread CPU time: the snapshot (lib/content/snapshot*.ts) of a git
 * revision against the working tree's, each run once, cold, in a fresh page of the browser section's generated pages,
 * builds taking turns (scripts/bench/cpu-compare.ts).
 *
 *   npx tsx scripts/bench/snapshot-cpu.ts [REV=HEAD] [pages=products-200,seed]
 *
 * MAGPIE_SNAPSHOT_ROUNDS (default 12) loads per build and page; prints the median, lower quartile and minimum, and
 * whether both builds wrote the same markup (attribute order aside, a change must not alter what the detector reads).
 */
import { compareCpu } from './cpu-compare';

/** Markup (as JSON) with each tag's attributes sorted, so two builds that list them in another order compare equal. */
const canonical = (json: string) =>
  (JSON.parse(json) as string).replace(
    /<([a-z][a-z0-9-]*)((?:\s[^\s=>]+(?:="[^"]*")?)*)>/g,
    (_m, tag: string, attrs: string) => `<${tag}${(attrs.match(/\s[^\s=>]+(?:="[^"]*")?/g) ?? []).sort().join('')}>`,
  );

const [rev = 'HEAD', only = 'products-200,seed'] = process.argv.slice(2);
void compareCpu(
  {
    entry: 'lib/content/snapshot.ts',
    files: /lib\/content\/snapshot[^/]*\.ts$/,
    run: 'snapshotPage',
    field: 'html',
    canonical,
  },
  rev,
  only,
  Number(process.env.MAGPIE_SNAPSHOT_ROUNDS ?? 12),
);
