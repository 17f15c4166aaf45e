/**
 * One part of the content script in Chromium, as main-thread CPU time: that part at a git revision against the
 * working tree's, each run once, cold, in a fresh page of the browser section's generated pages, builds taking turns.
 * CPU time, not wall time: on a machine other processes load, wall-clock comparisons of a 10 ms pass swing by half
 * either way, and the thread's own time does not. Used by snapshot-cpu.ts and precheck-cpu.ts.
 */
import { execFileSync } from 'node:child_process';
import { join, relative } from 'node:path';
import { build, type Plugin } from 'esbuild';
import { chromium, type Browser } from 'playwright-core';
import { findChromium } from '../lib/browsers';
import { startFixtureServer, type RouteHandler } from '../../tests/fixture-server';
import { browserBenchPages } from './browser-pages';
import { ROOT } from './pages';

/** How much of each build's answer is printed (MAGPIE_CPU_ANSWER_CHARS, default 40). */
const ANSWER_CHARS = Number(process.env.MAGPIE_CPU_ANSWER_CHARS ?? 40);

/** What to compare: the part's entry, the files read at the revision, and the call made on the page. */
export interface CpuPart {
  /** Entry module, relative to the repository (e.g. lib/content/snapshot.ts). */
  entry: string;
  /** The files read as they were at the revision (the rest of the tree as it is now). */
  files: RegExp;
  /** The exported function run on the page's document. */
  run: string;
  /** The field of its answer both builds must agree on (the whole answer when absent). */
  field?: string;
  /** Turns the answer into what is compared (e.g. attribute order aside). */
  canonical?: (answer: string) => string;
}

/** Reads the part's own files as they were at `rev`. */
function atRevision(rev: string, files: RegExp): Plugin {
  return {
    name: 'part-at-revision',
    setup(b) {
      b.onLoad({ filter: files }, (args) => {
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

/** The part as one minified script (as the content script ships it) that sets `globalThis[name]`. */
async function bundle(entry: string, name: string, plugins: Plugin[]): Promise<string> {
  const out = await build({
    entryPoints: [join(ROOT, entry)],
    bundle: true,
    minify: true,
    format: 'iife',
    globalName: name,
    write: false,
    alias: { '@': ROOT },
    plugins,
  });
  return out.outputFiles[0]!.text;
}

/** One cold run of the part on the page at `url`: the main thread's CPU milliseconds and the answer. */
async function measure(browser: Browser, url: string, script: string, name: string, part: CpuPart) {
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
    const answer = await page.evaluate(
      ([g, fn, field]) => {
        const exports = (globalThis as unknown as Record<string, Record<string, (d: Document) => unknown>>)[g]!;
        const got = exports[fn]!(document);
        return JSON.stringify(field ? (got as Record<string, unknown>)[field] : got) ?? 'undefined';
      },
      [name, part.run, part.field ?? ''] as const,
    );
    return { ms: (await taskMs()) - before, answer };
  } finally {
    await page.close();
  }
}

/** Compares the part at `rev` with the working tree's on the pages `only` names; prints CPU ms and agreement. */
export async function compareCpu(part: CpuPart, rev: string, only: string, rounds: number): Promise<void> {
  const builds = [
    {
      label: `at ${rev}`,
      name: '__partBase',
      script: await bundle(part.entry, '__partBase', [atRevision(rev, part.files)]),
    },
    { label: 'in the working tree', name: '__partNow', script: await bundle(part.entry, '__partNow', []) },
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
  const canonical = part.canonical ?? ((a: string) => a);
  const browser = await chromium.launch({ executablePath: findChromium(), headless: true });
  try {
    for (const p of pages) {
      const times = builds.map((): number[] => []);
      const answers = builds.map(() => '');
      for (let r = 0; r < rounds; r++) {
        for (let i = 0; i < builds.length; i++) {
          const k = (i + r) % builds.length;
          const url = `http://127.0.0.1:${server.port}/${p.id}.html`;
          const got = await measure(browser, url, builds[k]!.script, builds[k]!.name, part);
          times[k]!.push(got.ms);
          answers[k] = got.answer;
        }
      }
      const same = canonical(answers[0]!) === canonical(answers[1]!);
      console.log(`\n${p.id}: ${rounds} cold runs per build, main-thread CPU ms (median / lower quartile / min)`);
      builds.forEach((b, k) => {
        const t = times[k]!.slice().sort((x, y) => x - y);
        const q = (f: number) => t[Math.floor(f * (t.length - 1))]!.toFixed(2);
        console.log(`  ${b.label.padEnd(32)} ${q(0.5)} / ${q(0.25)} / ${q(0)}   ${answers[k]!.slice(0, ANSWER_CHARS)}`);
      });
      console.log(`  same answer: ${same ? 'yes' : 'NO'}`);
    }
  } finally {
    await browser.close();
    await server.close();
  }
}
