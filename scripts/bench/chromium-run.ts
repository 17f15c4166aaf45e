/**
 * Shared pieces of the real-Chromium bench sections that look inside one load (inline controls,
 * resolver streaming, the popup): a profile of its own per launch, CDP page metrics, and the CPU
 * time of the extension's process, read from /proc (Linux) since CDP has no CPU figure for an
 * extension service worker.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { chromium, type BrowserContext, type CDPSession, type Page, type Worker } from 'playwright-core';
import { findChromium } from '../lib/browsers';
import { QUIET_CHROMIUM_ARGS } from '../lib/chromium-extension';
import { ROOT } from './pages';

export interface BenchBrowser {
  context: BrowserContext;
  /** The extension's service worker, when one was loaded. */
  worker: Worker | null;
  userDataDir: string;
  close(): Promise<void>;
}

/** Builds the extension when its output is missing (`script` is an npm script name). */
export function ensureBuilt(dir: string, script: string): void {
  try {
    readFileSync(join(dir, 'manifest.json'));
  } catch {
    const built = spawnSync('npm', ['run', '-s', script], { cwd: ROOT, stdio: 'ignore' });
    if (built.status !== 0) throw new Error(`npm run ${script} failed; run it by hand to see why`);
  }
}

/** Chromium in a fresh profile, every host but 127.0.0.1 unreachable, with `extensionDir` loaded when given. */
export async function launchBench(
  extensionDir: string | null,
  hostRule = 'MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
): Promise<BenchBrowser> {
  const userDataDir = await mkdtemp(join(tmpdir(), 'magpie-bench-run-'));
  const args = [
    ...QUIET_CHROMIUM_ARGS,
    `--host-resolver-rules=${hostRule}`,
    ...(extensionDir ? [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`] : []),
  ];
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: findChromium(),
    headless: true,
    args,
  });
  const close = async () => {
    await context.close().catch(() => {});
    await rm(userDataDir, { recursive: true, force: true }).catch(() => {});
  };
  let worker: Worker | null = null;
  if (extensionDir) {
    worker =
      context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://')) ??
      (await context.waitForEvent('serviceworker', {
        predicate: (w) => w.url().startsWith('chrome-extension://'),
        timeout: 15_000,
      }));
  }
  return { context, worker, userDataDir, close };
}

/** CDP's Performance metrics of a page, by name (seconds and bytes, as CDP gives them). */
export async function pageMetrics(cdp: CDPSession): Promise<Record<string, number>> {
  const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: Array<{ name: string; value: number }> };
  return Object.fromEntries(metrics.map((m) => [m.name, m.value]));
}

/** A new page with the Performance domain on (it counts only tasks after it is enabled). */
export async function meteredPage(context: BrowserContext, reuse?: Page): Promise<{ page: Page; cdp: CDPSession }> {
  const page = reuse ?? (await context.newPage());
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  return { page, cdp };
}

const TICK_MS = 10; // USER_HZ is 100 on Linux

function procStat(pid: number): { ppid: number; cpuMs: number } | null {
  try {
    const s = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const f = s.slice(s.lastIndexOf(')') + 2).split(' ');
    return { ppid: Number(f[1]), cpuMs: (Number(f[11]) + Number(f[12])) * TICK_MS };
  } catch {
    return null;
  }
}

const cmdline = (pid: number): string => {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ');
  } catch {
    return '';
  }
};

/**
 * CPU time (user + system, ms) of the extension processes of the browser using `userDataDir`: the
 * one that runs the service worker (and extension pages, which the streaming bench does not open).
 */
export function extensionCpuMs(userDataDir: string): number {
  const pids = readdirSync('/proc')
    .filter((d) => /^\d+$/.test(d))
    .map(Number);
  const parent = new Map<number, number>();
  for (const pid of pids) {
    const st = procStat(pid);
    if (st) parent.set(pid, st.ppid);
  }
  const root = pids.find((pid) => {
    const c = cmdline(pid);
    return c.includes(`--user-data-dir=${userDataDir}`) && !c.includes('--type=');
  });
  if (root === undefined) return NaN;
  const under = (pid: number): boolean => {
    for (let p = parent.get(pid), hops = 0; p !== undefined && hops < 8; p = parent.get(p), hops++)
      if (p === root) return true;
    return false;
  };
  let total = 0;
  for (const pid of pids)
    if (under(pid) && cmdline(pid).includes('--extension-process')) total += procStat(pid)?.cpuMs ?? 0;
  return total;
}

export const median = (xs: number[]): number => {
  const s = xs.filter(Number.isFinite).sort((a, b) => a - b);
  return s.length ? (s[(s.length - 1) >> 1]! + s[s.length >> 1]!) / 2 : NaN;
};

export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));
