/**
 * The pre-check's cost in Chromium, as main-thread CPU time: the pre-check (lib/detect/precheck*.ts, cta*.ts and its
 * generated patterns) of a git revision against the working tree's, each run once, cold (the first call after the
 * script loads, as on every page a reader opens), in a fresh page of the browser section's generated pages, builds
 * taking turns (scripts/bench/cpu-compare.ts). Both builds must give each page the same reason.
 *
 *   npx tsx scripts/bench/precheck-cpu.ts [REV=HEAD] [pages=quiet,news,tiny]
 *
 * MAGPIE_PRECHECK_ROUNDS (default 12) loads per build and page.
 */
import { compareCpu } from './cpu-compare';

const [rev = 'HEAD', only = 'quiet,news,tiny'] = process.argv.slice(2);
void compareCpu(
  {
    entry: 'lib/detect/precheck.ts',
    files: /lib\/detect\/(?:precheck[^/]*|cta[^/]*|generated\/precheck-patterns)\.ts$/,
    run: 'precheckReason',
  },
  rev,
  only,
  Number(process.env.MAGPIE_PRECHECK_ROUNDS ?? 12),
);
