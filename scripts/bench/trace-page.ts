/**
 * Where the main-thread time of a page load goes, per extension build: loads one of the browser
 * section's pages in Chromium with each build given (or none, or a do-nothing extension) and sums the
 * renderer main thread's trace events by name (compile, evaluate, timers, idle callbacks, layout…),
 * and the JS self time by script from a CPU profile. Deterministic evidence beside the noisy timings.
 *
 *   npx tsx scripts/bench/trace-page.ts tiny none noop .output/chrome-mv3 /tmp/old-build
 *
 * MAGPIE_TRACE_ROUNDS (default 5) loads per build; the medians are printed.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type CDPSession, type Page } from 'playwright-core';
import { findChromium } from '../lib/browsers';
import { QUIET_CHROMIUM_ARGS } from '../lib/chromium-extension';
import { startFixtureServer } from '../../tests/fixture-server';
import { browserBenchPages } from './browser-pages';
import { writeNoopExtension } from './noop-extension';
import { ROOT } from './pages';
import { printMedians, selfTimes, summarize, type TraceEvent } from './trace-summary';
import { sourceMapper } from './trace-profile';

const ROUNDS = Number(process.env.MAGPIE_TRACE_ROUNDS ?? 5);
const SETTLE_MS = 1500;
/** MAGPIE_TRACE_SCROLL=1: after the load settles, scroll to the end as a reader would, inside the trace. */
const SCROLL = process.env.MAGPIE_TRACE_SCROLL === '1';
/** MAGPIE_TRACE_CPU=1: the main thread's CPU time per event, not wall time (steadier on a loaded machine). */
const CPU = process.env.MAGPIE_TRACE_CPU === '1';
/** MAGPIE_TRACE_PROFILE=0: traces only, no CPU-profiled loads (twice the traces in the same time). */
const PROFILE = process.env.MAGPIE_TRACE_PROFILE !== '0';
/** MAGPIE_TRACE_ONLY (a regex): print only the trace rows whose name it matches. */
const ONLY = process.env.MAGPIE_TRACE_ONLY ? new RegExp(process.env.MAGPIE_TRACE_ONLY) : undefined;
const CATEGORIES = ['devtools.timeline', 'v8', 'v8.execute', 'disabled-by-default-devtools.timeline', 'blink'];

async function readToEnd(page: Page): Promise<void> {
  for (let k = 0; k < 200; k++) {
    const atEnd = await page.evaluate(() => {
      window.scrollBy(0, window.innerHeight * 0.9);
      return window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 2;
    });
    await page.waitForTimeout(60);
    if (atEnd) break;
  }
  await page.waitForTimeout(SETTLE_MS);
}

async function noopExtension(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'magpie-trace-noop-'));
  await writeNoopExtension(dir);
  return dir;
}

async function collectTrace(cdp: CDPSession, run: () => Promise<void>): Promise<TraceEvent[]> {
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => void events.push(...(e.value as unknown as TraceEvent[])));
  const done = new Promise<void>((ok) => cdp.once('Tracing.tracingComplete', () => ok()));
  await cdp.send('Tracing.start', { traceConfig: { includedCategories: CATEGORIES }, transferMode: 'ReportEvents' });
  await run();
  await cdp.send('Tracing.end');
  await done;
  return events;
}

/** One load, traced or (profile) CPU-profiled: never both, so the profiler's cost stays out of the trace. */
async function loadTraced(context: BrowserContext, url: string, profile: boolean, dir?: string | null) {
  const page = await context.newPage();
  try {
    await page.setViewportSize({ width: 1280, height: 800 });
    const cdp = await context.newCDPSession(page);
    const load = async () => {
      await page.goto(url, { waitUntil: 'load' });
      await page.waitForTimeout(SETTLE_MS);
      if (SCROLL) await readToEnd(page);
    };
    if (profile) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
      await cdp.send('Profiler.start');
      await load();
      // Rows name the project's sources where the build has .map files (MAGPIE_SOURCEMAP=1).
      const map = dir ? sourceMapper(dir) : undefined;
      const where = map && ((f: Parameters<typeof map>[0]) => map(f).where);
      return { trace: null, prof: selfTimes((await cdp.send('Profiler.stop')).profile as never, where) };
    }
    return { trace: summarize(await collectTrace(cdp, load), CPU), prof: null };
  } finally {
    await page.close();
  }
}

async function main(): Promise<void> {
  const [pageId = 'tiny', ...builds] = process.argv.slice(2);
  const page = browserBenchPages(pageId)[0];
  if (!page) throw new Error(`no page ${pageId}`);
  const server = await startFixtureServer({
    root: join(ROOT, 'tests/fixtures'),
    routes: {
      '/p.html': (_req, res) => {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
        res.end(page.html);
      },
    },
  });
  const noop = await noopExtension();
  const names = builds.length ? builds : ['none', 'noop', '.output/chrome-mv3'];
  const runs = await Promise.all(names.map((b) => launch(b === 'none' ? null : b === 'noop' ? noop : resolve(b))));
  const traces = names.map((): Map<string, number>[] => []);
  const profs = names.map((): Map<string, number>[] => []);
  let host = 0;
  const url = () => `http://h${host++}.bench.test:${server.port}/p.html`;
  try {
    // One warm-up load each: the first load of a profile pays for caches the next ones share.
    for (const run of runs) await loadTraced(run.context, url(), false);
    // Builds take turns within each round (the machine's load changes from minute to minute), and each
    // round's order is rotated, so no build always loads first.
    for (let r = 0; r < 2 * ROUNDS; r++) {
      for (let i = 0; i < runs.length; i++) {
        const k = (i + r) % runs.length;
        const got = await loadTraced(runs[k]!.context, url(), PROFILE && r % 2 === 1, runs[k]!.dir);
        if (got.trace) traces[k]!.push(got.trace);
        if (got.prof) profs[k]!.push(got.prof);
      }
    }
  } finally {
    await Promise.all(runs.map((run) => run.close()));
    await server.close();
    await rm(noop, { recursive: true, force: true });
  }
  names.forEach((b, k) => {
    console.log(
      `\n== ${b} (${page.id}, median of ${traces[k]!.length} loads; trace ${CPU ? 'CPU' : 'wall'} ms by event name)`,
    );
    printMedians(traces[k]!, 0.3, 40, ONLY);
    console.log(`-- CPU profile self time (median of ${profs[k]!.length}, 0.1 ms sampling)`);
    printMedians(profs[k]!, 0.2, Number(process.env.MAGPIE_TRACE_ROWS ?? 30));
  });
}

/** Chromium in a fresh profile with one unpacked extension (or none). */
async function launch(
  dir: string | null,
): Promise<{ context: BrowserContext; dir: string | null; close(): Promise<void> }> {
  const userDataDir = await mkdtemp(join(tmpdir(), 'magpie-trace-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: findChromium(),
    headless: true,
    args: [
      ...QUIET_CHROMIUM_ARGS,
      '--host-resolver-rules=MAP *.bench.test 127.0.0.1, MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
      ...(dir ? [`--disable-extensions-except=${dir}`, `--load-extension=${dir}`] : []),
    ],
  });
  return {
    context,
    dir,
    close: async () => {
      await context.close().catch(() => {});
      await rm(userDataDir, { recursive: true, force: true });
    },
  };
}

await main();
