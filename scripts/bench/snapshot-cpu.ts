/**
 * The page snapshot's cost in Chromium, as main-thread CPU time: the snapshot (lib/content/snapshot*.ts) of a git
 * revision against the working tree's, each run once, cold, in a fresh page of the browser section's generated pages,
 * builds taking turns. CPU time, not wall time: on a machine other processes load (six helpers on two cores),
 * wall-clock comparisons of a 10 ms walk swing by half either way, and the thread's own time does not.
 *
 *   npx tsx scripts/bench/snapshot-cpu.ts [REV=HEAD] [pages=products-200,seed]
 *
 * MAGPIE_SNAPSHOT_ROUNDS (default 12) loads per build and page; prints the median, lower quartile and minimum, and
 * whether both builds wrote the same markup (attribute order aside, a change must not alter what the detector reads).
 */
import { execFileSync } from 'node:child_process';
import { join, relative } from 'node:path';
import { build, type Plugin } from 'esbuild';
import { chromium, type Browser } from 'playwright-core';
import { findChromium } from '../lib/browsers';
import { startFixtureServer, type RouteHandler } from '../../tests/fixture-server';
import { browserBenchPages } from './browser-pages';
import { ROOT } from './pages';

const ROUNDS = Number(process.env.MAGPIE_SNAPSHOT_ROUNDS ?? 12);
const SNAPSHOT_FILES = /lib\/content\/snapshot[^/]*\.ts$/;

/** Reads the snapshot's own files as they were at `rev` (the rest of the tree as it is now). */
function atRevision(rev: string): Plugin {
  return {
    name: 'snapshot-at-revision',
    setup(b) {
      b.onLoad({ filter: SNAPSHOT_FILES }, (args) => {
        const path = relative(ROOT, args.path);
        try {
          return { contents: execFileSync('git', ['show', `${rev}:${path}`], { cwd: ROOT }).toString(), loader: 'ts' };
        } catch {
          return undefined; // A file the revision did not have: the working tree's.
        }
      });
    },
  };
}

/** The snapshot as one minified script (as the content script ships it) that sets `globalThis[name]`. */
async function bundle(name: string, plugins: Plugin[]): Promise<string> {
  const out = await build({
    entryPoints: [join(ROOT, 'lib/content/snapshot.ts')],
    bundle: true,
    minify: true,
    format: 'iife',
    globalName: name,
    write: false,
    plugins,
  });
  return out.outputFiles[0]!.text;
}

/** One cold snapshot of the page at `url`: the main thread's CPU milliseconds and the markup. */
async function measure(browser: Browser, url: string, script: string, name: string) {
  const page = await browser.newPage();
  try {
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForTimeout(150);
    await page.addScriptTag({ content: script });
    const cdp = await page.context().newCDPSession(page);
    // threadTicks: TaskDuration counts the thread's CPU time, not the wall clock.
    await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
    const taskMs = async () => {
      const { metrics } = await cdp.send('Performance.getMetrics');
      return (metrics.find((m) => m.name === 'TaskDuration')?.value ?? 0) * 1000;
    };
    const before = await taskMs();
    const html = await page.evaluate((g) => {
      const run = (globalThis as unknown as Record<string, { snapshotPage(d: Document): { html: string } }>)[g]!;
      return run.snapshotPage(document).html;
    }, name);
    return { ms: (await taskMs()) - before, html };
  } finally {
    await page.close();
  }
}

/** Markup with each tag's attributes sorted, so two builds that list them in another order compare equal. */
const canonical = (html: string) =>
  html.replace(/<([a-z][a-z0-9-]*)((?:\s[^\s=>]+(?:="[^"]*")?)*)>/g, (_m, tag: string, attrs: string) => {
    const list = attrs.match(/\s[^\s=>]+(?:="[^"]*")?/g) ?? [];
    return `<${tag}${list.sort().join('')}>`;
  });

async function main(): Promise<void> {
  const [rev = 'HEAD', only = 'products-200,seed'] = process.argv.slice(2);
  const builds = [
    { label: `snapshot at ${rev}`, name: '__snapBase', script: await bundle('__snapBase', [atRevision(rev)]) },
    { label: 'snapshot in the working tree', name: '__snapNow', script: await bundle('__snapNow', []) },
  ];
  const pages = browserBenchPages(only);
  const server = await startFixtureServer({
    root: join(ROOT, 'tests/fixtures'),
    routes: Object.fromEntries(
      pages.map((p) => [
        `/${p.id}.html`,
        ((_req, res) => {
          res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
          res.end(p.html);
        }) satisfies RouteHandler,
      ]),
    ),
  });
  const browser = await chromium.launch({ executablePath: findChromium(), headless: true });
  try {
    for (const p of pages) {
      const times = builds.map((): number[] => []);
      const markup = builds.map(() => '');
      for (let r = 0; r < ROUNDS; r++) {
        for (let i = 0; i < builds.length; i++) {
          const k = (i + r) % builds.length;
          const got = await measure(
            browser,
            `http://127.0.0.1:${server.port}/${p.id}.html`,
            builds[k]!.script,
            builds[k]!.name,
          );
          times[k]!.push(got.ms);
          markup[k] = got.html;
        }
      }
      const same = canonical(markup[0]!) === canonical(markup[1]!);
      console.log(`\n${p.id}: ${ROUNDS} cold snapshots per build, main-thread CPU ms (median / lower quartile / min)`);
      builds.forEach((b, k) => {
        const t = times[k]!.slice().sort((x, y) => x - y);
        const q = (f: number) => t[Math.floor(f * (t.length - 1))]!.toFixed(2);
        console.log(`  ${b.label.padEnd(32)} ${q(0.5)} / ${q(0.25)} / ${q(0)}   ${markup[k]!.length} chars`);
      });
      console.log(`  same markup: ${same ? 'yes' : 'NO'}`);
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

void main();
