/**
 * Where a cold service worker's start goes, per extension build: stops the worker (as Chrome does after 30 s
 * idle), sends it the worker bench's first message inside a trace, and sums the worker thread's trace events by
 * name (script fetch, compile, evaluate, event dispatch…) as CPU time, beside the message's wall time. The
 * worker bench (`npm run bench -- worker`) gives the wall-time ratio; this says what makes it up.
 *
 *   npx tsx scripts/bench/trace-worker.ts empty .output/chrome-mv3 /tmp/old-build
 *
 * "empty" is the worker bench's do-nothing worker. MAGPIE_TRACE_ROUNDS (default 7) cold starts per build,
 * taking turns; medians are printed. MAGPIE_TRACE_CPU=0 prints wall time per event instead.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { CDPSession } from 'playwright-core';
import { ask, open, stopWorker, writeEmptyWorker, type Opened } from './browser-worker-probes';
import { printMedians, type TraceEvent } from './trace-summary';
import { profileTimes, sourceMapper } from './trace-profile';

const ROUNDS = Number(process.env.MAGPIE_TRACE_ROUNDS ?? 7);
const CPU = process.env.MAGPIE_TRACE_CPU !== '0';
/** MAGPIE_TRACE_OFF=1: no trace, only the first message's wall time (what the worker bench measures). */
const TRACE = process.env.MAGPIE_TRACE_OFF !== '1';
/** MAGPIE_TRACE_PROFILE=1: JS samples too, as self and total time by function (source-mapped where a .map exists). */
const PROFILE = process.env.MAGPIE_TRACE_PROFILE === '1';
const CATEGORIES = [
  'devtools.timeline',
  'v8',
  'v8.execute',
  'disabled-by-default-devtools.timeline',
  'ServiceWorker',
  'disabled-by-default-v8.compile',
  'loading',
  // JS samples on every thread, the worker's included (as the DevTools performance panel records them).
  ...(PROFILE ? ['disabled-by-default-v8.cpu_profiler', 'disabled-by-default-v8.cpu_profiler.hires'] : []),
];

async function traced<T>(cdp: CDPSession, run: () => Promise<T>): Promise<{ events: TraceEvent[]; result: T }> {
  const events: TraceEvent[] = [];
  const collect = (e: { value: unknown }) => void events.push(...(e.value as TraceEvent[]));
  cdp.on('Tracing.dataCollected', collect);
  const done = new Promise<void>((ok) => cdp.once('Tracing.tracingComplete', () => ok()));
  await cdp.send('Tracing.start', { traceConfig: { includedCategories: CATEGORIES }, transferMode: 'ReportEvents' });
  const result = await run();
  await cdp.send('Tracing.end');
  await done;
  cdp.off('Tracing.dataCollected', collect);
  return { events, result };
}

/** The service worker threads of a trace ("pid:tid"). */
const workerThreads = (events: TraceEvent[]): Set<string> =>
  new Set(
    events
      .filter((e) => e.name === 'thread_name' && /ServiceWorker/i.test(e.args?.name ?? ''))
      .map((e) => `${e.pid}:${e.tid}`),
  );

/** Sums complete events on the service worker threads by name (top-level and nested alike). */
function workerSums(events: TraceEvent[], threads: Set<string>): Map<string, number> {
  const sums = new Map<string, number>();
  for (const e of events) {
    const dur = CPU ? e.tdur : e.dur;
    if (!threads.has(`${e.pid}:${e.tid}`) || e.ph !== 'X' || !dur) continue;
    const url = e.args?.data?.url ?? '';
    const tag = url.startsWith('chrome-extension://') ? ` [${url.split('/').slice(3).join('/')}]` : '';
    sums.set(`${e.name}${tag}`, (sums.get(`${e.name}${tag}`) ?? 0) + dur / 1000);
  }
  return sums;
}

async function main(): Promise<void> {
  const names = process.argv.slice(2);
  if (!names.length) names.push('empty', '.output/chrome-mv3');
  const emptyDir = await mkdtemp(join(tmpdir(), 'magpie-trace-empty-'));
  await writeEmptyWorker(emptyDir);
  const opened: Opened[] = [];
  for (const n of names) {
    const empty = n === 'empty';
    opened.push(
      await open({
        name: n,
        dir: empty ? emptyDir : resolve(n),
        page: empty ? 'page.html' : 'popup.html',
        badge: false,
      }),
    );
  }
  const sums = names.map((): Map<string, number>[] => []);
  const profs = names.map((): Map<string, number>[] => []);
  const mappers = names.map((n) => sourceMapper(n === 'empty' ? emptyDir : resolve(n)));
  try {
    for (let r = 0; r < ROUNDS; r++) {
      for (let i = 0; i < names.length; i++) {
        const k = (i + r) % names.length;
        const o = opened[k]!;
        await stopWorker(o);
        if (!TRACE) {
          sums[k]!.push(new Map([['= first message, wall', await ask(o)]]));
          continue;
        }
        const cdp = await o.context.newCDPSession(o.ext);
        const { events, result } = await traced(cdp, () => ask(o));
        await cdp.detach();
        const threads = workerThreads(events);
        const m = workerSums(events, threads);
        m.set('= first message, wall', result);
        sums[k]!.push(m);
        if (PROFILE) profs[k]!.push(profileTimes(events, threads, mappers[k]!));
      }
    }
  } finally {
    await Promise.all(opened.map((o) => o.close()));
    await rm(emptyDir, { recursive: true, force: true });
  }
  // Paired within each round (the builds took turns minutes apart at most): steadier than comparing medians.
  const wall = (k: number) => sums[k]!.map((m) => m.get('= first message, wall')!);
  const med = (xs: number[]) => {
    const v = [...xs].sort((a, b) => a - b);
    return (v[(v.length - 1) >> 1]! + v[v.length >> 1]!) / 2;
  };
  const ref = names.indexOf('empty');
  names.forEach((n, k) => {
    const parts = [`first message ${med(wall(k)).toFixed(1)} ms`];
    if (ref >= 0 && k !== ref) parts.push(`÷ empty ${med(wall(k).map((x, r) => x / wall(ref)[r]!)).toFixed(2)}×`);
    const base = ref === 0 ? 1 : 0;
    if (k !== base && k !== ref)
      parts.push(`− ${names[base]} ${med(wall(k).map((x, r) => x - wall(base)[r]!)).toFixed(1)} ms`);
    console.log(`${n.padEnd(28)} ${parts.join(' · ')}`);
  });
  names.forEach((n, k) => {
    console.log(
      `\n== ${n} (median of ${sums[k]!.length} cold starts; worker thread ${CPU ? 'CPU' : 'wall'} ms by event)`,
    );
    printMedians(sums[k]!, 0.05, 40);
    if (!PROFILE) return;
    console.log(`-- JS samples (median of ${profs[k]!.length}): self time by function, + total by source file`);
    printMedians(profs[k]!, 0.05, Number(process.env.MAGPIE_TRACE_ROWS ?? 60));
  });
}

await main();
