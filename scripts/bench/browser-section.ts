/**
 * Real-browser section: what Magpie adds to a page load in Chromium, as the page's main thread sees
 * it. Each generated page is loaded with no extension, with a do-nothing extension (an empty content
 * script on every page) and with Magpie's production build, in paired rounds; the figure is CDP's
 * `TaskDuration` for the page's renderer (all main-thread tasks, including work a chunked detector
 * does after an `await`, which `ScriptDuration` misses). Every load is on a host of its own so it
 * gets a fresh renderer and the metric holds that load alone.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { chromium, type BrowserContext } from 'playwright-core';
import { findChromium } from '../lib/browsers';
import { QUIET_CHROMIUM_ARGS } from '../lib/chromium-extension';
import { startFixtureServer } from '../../tests/fixture-server';
import { browserBenchPages, budgetCell, type BrowserBenchPage } from './browser-pages';
import { ROOT } from './pages';
import { writeNoopExtension } from './noop-extension';
import { median, pairedDiffs, withSpread } from './paired';
import { ms, ratio, table } from './report';
import type { Section } from './section';

const ROUNDS = Number(process.env.MAGPIE_BENCH_ROUNDS ?? 5);
/** How long after `load` a page is left alone before its metrics are read: detection runs when idle. */
const SETTLE_MS = 1500;
/** The build under test: the last production build, or MAGPIE_BENCH_BUILD (a copy kept aside while rebuilding). */
const MAGPIE_BUILD = process.env.MAGPIE_BENCH_BUILD ?? join(ROOT, '.output/chrome-mv3');

type Variant = 'none' | 'noop' | 'magpie' | 'baseline';
/** Another Chromium build (an earlier one kept aside) measured in the same rounds, for before/after figures. */
const BASELINE = process.env.MAGPIE_BENCH_BASELINE;
const VARIANTS: readonly Variant[] = ['none', 'noop', 'magpie', ...(BASELINE ? (['baseline'] as const) : [])];

async function launch(
  variant: Variant,
  extensionDir: string | null,
): Promise<{ context: BrowserContext; close(): Promise<void> }> {
  const userDataDir = await mkdtemp(join(tmpdir(), `magpie-bench-${variant}-`));
  const args = [
    ...QUIET_CHROMIUM_ARGS,
    '--host-resolver-rules=MAP *.bench.test 127.0.0.1, MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
    ...(extensionDir ? [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`] : []),
  ];
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: findChromium(),
    headless: true,
    args,
  });
  return {
    context,
    close: async () => {
      await context.close().catch(() => {});
      await rm(userDataDir, { recursive: true, force: true }).catch(() => {});
    },
  };
}

/** Main-thread task time (ms) of one load of `url` in a fresh tab. */
async function loadOnce(context: BrowserContext, url: string): Promise<number> {
  const page = await context.newPage();
  try {
    // Enabled before navigating: the domain counts only the tasks that run after it is switched on.
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForTimeout(SETTLE_MS);
    const { metrics } = (await cdp.send('Performance.getMetrics')) as {
      metrics: Array<{ name: string; value: number }>;
    };
    return (metrics.find((m) => m.name === 'TaskDuration')?.value ?? NaN) * 1000;
  } finally {
    await page.close();
  }
}

export const browserSection: Section = {
  name: 'browser',
  title: 'Real Chromium: main-thread work added to a page load (CDP TaskDuration)',
  async run(out) {
    if (!existsSync(join(MAGPIE_BUILD, 'manifest.json'))) {
      out('  building the production extension (npm run build)…');
      const built = spawnSync('npm', ['run', '-s', 'build'], { cwd: ROOT, stdio: 'ignore' });
      if (built.status !== 0) throw new Error('npm run build failed; run it by hand to see why');
    }
    const pages = browserBenchPages(process.env.MAGPIE_BENCH_PAGES);
    const routes = Object.fromEntries(
      pages.map((p) => [
        `/${p.id}.html`,
        (_req: unknown, res: import('node:http').ServerResponse) => {
          res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
          res.end(p.html);
        },
      ]),
    );
    const server = await startFixtureServer({ root: join(ROOT, 'tests/fixtures'), routes });
    const noopDir = await mkdtemp(join(tmpdir(), 'magpie-bench-noop-'));
    await writeNoopExtension(noopDir);
    const browsers: Partial<Record<Variant, Awaited<ReturnType<typeof launch>>>> = {
      none: await launch('none', null),
      noop: await launch('noop', noopDir),
      magpie: await launch('magpie', MAGPIE_BUILD),
      ...(BASELINE ? { baseline: await launch('baseline', BASELINE) } : {}),
    };
    const samples = new Map<string, number[]>();
    try {
      let host = 0;
      const rounds = (p: BrowserBenchPage) => Math.round(ROUNDS * (p.rounds ?? 1));
      for (let round = 0; round < Math.max(...pages.map(rounds)); round++) {
        for (const p of pages.filter((q) => round < rounds(q))) {
          // Rotate the order each round so no variant always goes first on a warm machine.
          for (let i = 0; i < VARIANTS.length; i++) {
            const v = VARIANTS[(i + round) % VARIANTS.length]!;
            const url = `http://h${host++}.bench.test:${server.port}/${p.id}.html`;
            const t = await loadOnce(browsers[v]!.context, url);
            const key = `${p.id}:${v}`;
            samples.set(key, [...(samples.get(key) ?? []), t]);
          }
        }
      }
    } finally {
      await Promise.all(Object.values(browsers).map((b) => b!.close()));
      await server.close();
      await rm(noopDir, { recursive: true, force: true });
    }
    const rows = pages.map((p) => {
      const get = (v: Variant) => samples.get(`${p.id}:${v}`) ?? [];
      const own = median(get('none'));
      // Paired rounds: the added work is the median of per-round differences, not a difference of medians.
      const diffs = (v: Variant, from: Variant = 'none') => pairedDiffs(get(v), get(from));
      const magpie = median(diffs('magpie'));
      const noop = median(diffs('noop'));
      // The ratio compares whole loads (own work plus what each extension adds): an empty
      // extension adds next to nothing, so a ratio of the added parts alone would be noise.
      const vsEmpty = ratio((own + magpie) / (own + noop));
      const row = [
        `${p.label} ×${get('none').length}`,
        ms(own),
        ms(noop),
        withSpread(diffs('magpie')),
        withSpread(diffs('magpie', 'noop')),
        vsEmpty,
        budgetCell(p, magpie, own),
      ];
      return BASELINE ? [...row, withSpread(diffs('baseline')), withSpread(diffs('magpie', 'baseline'))] : row;
    });
    const head = ['page × rounds', 'own work', '+ empty ext.', '+ Magpie (middle half)', 'Magpie − empty ext.'];
    head.push('load with Magpie / with empty', 'Magpie added vs budget');
    if (BASELINE) head.push('+ baseline', 'Magpie − baseline');
    for (const line of table(head, rows)) out(`  ${line}`);
    if (BASELINE) out(`  (baseline: ${BASELINE}, loaded in the same rounds)`);
    out(
      `  (median of paired rounds, ${SETTLE_MS} ms after load; Magpie = production build, live prices off;`,
      '   in brackets the 25th…75th percentile of the per-round differences: a range across zero is noise;',
      '   "Magpie − empty ext." leaves out what any content script costs the page (its isolated world))',
    );
  },
};
