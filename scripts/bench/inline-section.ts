/**
 * Real-Chromium section: what the inline save controls cost on the 200-product article. The page is
 * loaded with no extension and with Magpie's production build in paired rounds; after the load
 * settles, and again after the reader scrolled to the end (controls near the viewport mount as it
 * scrolls), it reads CDP's task, script and layout time and the page's JS heap after a collection
 * (the content script's isolated world shares the page's heap), and counts the controls on the page.
 */
import { join } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { startFixtureServer } from '../../tests/fixture-server';
import { browserBenchPages } from './browser-pages';
import { ensureBuilt, launchBench, median, meteredPage, pageMetrics, sleep, type BenchBrowser } from './chromium-run';
import { ROOT } from './pages';
import { ms, size, table } from './report';
import type { Section } from './section';

const ROUNDS = Number(process.env.MAGPIE_BENCH_ROUNDS ?? 5);
const SETTLE_MS = 1500;
const MAGPIE_BUILD = join(ROOT, '.output/chrome-mv3');
const HOST_RULE = 'MAP *.bench.test 127.0.0.1, MAP * ~NOTFOUND, EXCLUDE 127.0.0.1';

type Sample = { task: number; script: number; layout: number; heap: number; controls: number };

async function sample(page: Page, cdp: CDPSession): Promise<Sample> {
  await cdp.send('HeapProfiler.collectGarbage');
  const m = await pageMetrics(cdp);
  const controls = await page.evaluate(() => document.querySelectorAll('[data-magpie-ui]').length);
  return {
    task: m.TaskDuration! * 1000,
    script: m.ScriptDuration! * 1000,
    layout: m.LayoutDuration! * 1000,
    heap: m.JSHeapUsedSize!,
    controls,
  };
}

/** Scrolls to the end a viewport at a time, as a reader would, then waits for the page to settle. */
async function readToEnd(page: Page): Promise<void> {
  for (let k = 0; k < 200; k++) {
    const atEnd = await page.evaluate(() => {
      window.scrollBy(0, window.innerHeight * 0.9);
      return window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 2;
    });
    await sleep(60);
    if (atEnd) break;
  }
  await sleep(SETTLE_MS);
}

async function loadOnce(b: BenchBrowser, url: string): Promise<{ loaded: Sample; read: Sample }> {
  const { page, cdp } = await meteredPage(b.context);
  try {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(url, { waitUntil: 'load' });
    await sleep(SETTLE_MS);
    const loaded = await sample(page, cdp);
    await readToEnd(page);
    return { loaded, read: await sample(page, cdp) };
  } finally {
    await page.close();
  }
}

export const inlineSection: Section = {
  name: 'inline',
  title: 'Real Chromium: inline controls on the 200-product article (after load, after reading to the end)',
  async run(out) {
    ensureBuilt(MAGPIE_BUILD, 'build');
    const p = browserBenchPages().find((x) => x.id === 'products-200')!;
    const server = await startFixtureServer({
      root: join(ROOT, 'tests/fixtures'),
      routes: {
        '/products-200.html': (_req, res) => {
          res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
          res.end(p.html);
        },
      },
    });
    const none = await launchBench(null, HOST_RULE);
    const magpie = await launchBench(MAGPIE_BUILD, HOST_RULE);
    const got = {
      none: [] as Array<{ loaded: Sample; read: Sample }>,
      magpie: [] as Array<{ loaded: Sample; read: Sample }>,
    };
    try {
      let host = 0;
      for (let round = 0; round < ROUNDS; round++) {
        for (const v of round % 2 ? (['magpie', 'none'] as const) : (['none', 'magpie'] as const)) {
          const url = `http://i${host++}.bench.test:${server.port}/products-200.html`;
          got[v].push(await loadOnce(v === 'none' ? none : magpie, url));
        }
      }
    } finally {
      await Promise.all([none.close(), magpie.close(), server.close()]);
    }
    const added = (phase: 'loaded' | 'read', k: keyof Sample) =>
      median(got.magpie.map((s, i) => s[phase][k] - (got.none[i]?.[phase][k] ?? NaN)));
    const own = (phase: 'loaded' | 'read', k: keyof Sample) => median(got.none.map((s) => s[phase][k]));
    const rows = (['loaded', 'read'] as const).map((phase) => [
      phase === 'loaded' ? `after load (+${SETTLE_MS} ms)` : 'after scrolling to the end',
      ms(own(phase, 'task')),
      ms(added(phase, 'task')),
      ms(added(phase, 'script')),
      ms(added(phase, 'layout')),
      size(own(phase, 'heap')),
      size(own(phase, 'heap') + added(phase, 'heap')),
      String(median(got.magpie.map((s) => s[phase].controls))),
    ]);
    out(
      ...table(
        [
          '200-product article',
          'own task',
          '+ task',
          '+ script',
          '+ layout',
          'heap alone',
          'heap w/ Magpie',
          'control hosts',
        ],
        rows,
      ).map((l) => `  ${l}`),
    );
    out(
      `  (median of ${ROUNDS} paired rounds; added = Magpie minus no extension, per round; ` +
        'heap after a forced GC; budget: added task ≤ 10% of own)',
    );
  },
};
