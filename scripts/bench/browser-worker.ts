/**
 * Real-browser section: how fast Magpie's background answers after MV3 stopped it (a reader comes
 * back after 30 s idle), against a worker that does nothing, and how long after the seed article's
 * load event the badge shows its count, with the worker warm and cold. With MAGPIE_BENCH_BASELINE
 * set to another Chromium build directory (an earlier build kept aside), that build runs in the
 * same rounds, so the before/after figures come from one run on one machine load.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startFixtureServer } from '../../tests/fixture-server';
import { ROOT, readRepoFile } from './pages';
import { ms, ratio, table } from './report';
import type { Section } from './section';
import { ask, badgeAfterLoad, open, stopWorker, writeEmptyWorker, type Variant } from './browser-worker-probes';

const ROUNDS = Number(process.env.MAGPIE_BENCH_ROUNDS ?? 5);
/** The build under test: the last production build, or MAGPIE_BENCH_BUILD (a copy kept aside while rebuilding). */
const MAGPIE_BUILD = process.env.MAGPIE_BENCH_BUILD ?? join(ROOT, '.output/chrome-mv3');
/** The budget: a cold Magpie worker answers within twice an empty worker's time. */
const COLD_BUDGET = 2;

const median = (xs: number[]): number => {
  const s = xs.filter(Number.isFinite).sort((a, b) => a - b);
  return s.length ? (s[(s.length - 1) >> 1]! + s[s.length >> 1]!) / 2 : NaN;
};

/** The `worker` section: cold start against an empty worker, and badge latency on the seed. */
export const workerSection: Section = {
  name: 'worker',
  title: 'Real Chromium: worker cold start and badge latency',
  async run(out) {
    if (!existsSync(join(MAGPIE_BUILD, 'manifest.json'))) {
      out('  no build found: run npm run build first');
      return;
    }
    const emptyDir = await mkdtemp(join(tmpdir(), 'magpie-bench-empty-'));
    await writeEmptyWorker(emptyDir);
    const baseline = process.env.MAGPIE_BENCH_BASELINE;
    const variants: Variant[] = [
      { name: 'empty worker', dir: emptyDir, page: 'page.html', badge: false },
      ...(baseline ? [{ name: `baseline (${baseline})`, dir: baseline, page: 'popup.html', badge: true }] : []),
      { name: `Magpie (${MAGPIE_BUILD})`, dir: MAGPIE_BUILD, page: 'popup.html', badge: true },
    ];
    const seed = readRepoFile('tests/fixtures/articles/micro-purses-2018.html');
    const routes = {
      '/seed.html': (_req: unknown, res: import('node:http').ServerResponse) => {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
        res.end(seed);
      },
    };
    const server = await startFixtureServer({ root: join(ROOT, 'tests/fixtures'), routes });
    const opened = await Promise.all(variants.map(open));
    const s = variants.map(() => ({
      cold: [] as number[],
      warm: [] as number[],
      badgeWarm: [] as number[],
      badgeCold: [] as number[],
      share: [] as number[],
    }));
    let host = 0;
    try {
      for (let round = 0; round < ROUNDS; round++) {
        for (let i = 0; i < variants.length; i++) {
          const k = (i + round) % variants.length;
          const o = opened[k]!;
          await stopWorker(o);
          s[k]!.cold.push(await ask(o));
          s[k]!.warm.push(await ask(o));
          if (!variants[k]!.badge) continue;
          const url = () => `http://h${host++}.bench.test:${server.port}/seed.html`;
          const warm = await badgeAfterLoad(o, url());
          s[k]!.badgeWarm.push(warm.after);
          s[k]!.share.push(warm.share);
          await stopWorker(o);
          s[k]!.badgeCold.push((await badgeAfterLoad(o, url())).after);
        }
      }
    } finally {
      await Promise.all(opened.map((o) => o.close()));
      await server.close();
      await rm(emptyDir, { recursive: true, force: true });
    }
    const empty = median(s[0]!.cold);
    const rows = variants.map((v, k) => {
      const x = s[k]!;
      const cold = median(x.cold);
      const ok = cold / empty <= COLD_BUDGET ? 'ok' : 'OVER';
      const verdict = k === 0 ? '' : `${ratio(cold / empty)} (≤ ${COLD_BUDGET}×) ${ok}`;
      const badge = v.badge ? [ms(median(x.badgeWarm)), ratio(median(x.share)), ms(median(x.badgeCold))] : ['', '', ''];
      return [v.name, ms(cold), ms(median(x.warm)), verdict, ...badge];
    });
    const head = ['extension', 'first message, cold', 'warm', 'cold ÷ empty'];
    head.push('badge after load', 'badge ÷ load', 'badge, cold worker');
    for (const line of table(head, rows)) out(`  ${line}`);
    out(`  (median of ${ROUNDS} rounds; cold = worker stopped by CDP first; badge on the seed article, 19 products)`);
  },
};
