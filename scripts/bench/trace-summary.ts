/** Summaries for scripts/bench/trace-page.ts: trace events and CPU profiles reduced to milliseconds by name. */

/** One event of a Chromium trace, as CDP's Tracing domain reports it. */
export interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  /** The thread's CPU time inside the event, where the trace has it: what a busy machine inflates least. */
  tdur?: number;
  tid: number;
  pid: number;
  args?: { data?: { url?: string; frame?: string }; name?: string };
}

/**
 * Sums complete events on the renderer's main thread by name; nested events are counted in their own row too.
 * With `cpu`, the thread's CPU time in each event (tdur) rather than its wall time: on a machine other
 * processes load, wall time counts the moments the thread waited for a core.
 */
export function summarize(events: TraceEvent[], cpu = false): Map<string, number> {
  // The page's renderer: of the main threads (the extension's own pages have one too), the one that parsed HTML.
  const parsed = new Map<string, number>();
  for (const e of events) {
    if (e.name === 'ParseHTML' || e.name === 'HTMLDocumentParser::PumpTokenizer') {
      parsed.set(`${e.pid}:${e.tid}`, (parsed.get(`${e.pid}:${e.tid}`) ?? 0) + 1);
    }
  }
  const mains = events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  const main = mains.sort((a, b) => (parsed.get(`${b.pid}:${b.tid}`) ?? 0) - (parsed.get(`${a.pid}:${a.tid}`) ?? 0))[0];
  const sums = new Map<string, number>();
  if (!main) return sums;
  for (const e of events) {
    const dur = cpu ? e.tdur : e.dur;
    if (e.pid !== main.pid || e.tid !== main.tid || e.ph !== 'X' || !dur) continue;
    const url = e.args?.data?.url ?? '';
    const tag = url.startsWith('chrome-extension://') ? ` [${url.split('/').slice(3).join('/')}]` : '';
    const key = `${e.name}${tag}`;
    sums.set(key, (sums.get(key) ?? 0) + dur / 1000);
  }
  return sums;
}

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}

/**
 * Time (ms) by function of a CPU profile: self time keyed "fn file:line", time including callees keyed
 * "+ fn file:line" (extension scripts only), and the total per script.
 */
export function selfTimes(
  profile: {
    nodes: ProfileNode[];
    samples: number[];
    timeDeltas: number[];
  },
  /** Names a frame's place ("file:line"), e.g. in the project's sources through a build's .map files. */
  where?: (frame: ProfileNode['callFrame']) => string,
): Map<string, number> {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const keyOf = (n: ProfileNode) =>
    `${n.callFrame.functionName || '(anon)'} ${
      where?.(n.callFrame) || `${n.callFrame.url.split('/').pop() || ''}:${n.callFrame.lineNumber + 1}`
    }`;
  const out = new Map<string, number>();
  const add = (k: string, dt: number) => out.set(k, (out.get(k) ?? 0) + dt);
  for (let k = 0; k < profile.samples.length; k++) {
    const n = byId.get(profile.samples[k]!)!;
    const dt = (profile.timeDeltas[k + 1] ?? 0) / 1000;
    const file = n.callFrame.url.split('/').pop() || '';
    add(keyOf(n), dt);
    if (file) add(`= script ${file}`, dt);
    const seen = new Set<string>();
    for (let id: number | undefined = n.id; id !== undefined; id = parent.get(id)) {
      const m = byId.get(id)!;
      const key = `+ ${keyOf(m)}`;
      if (!m.callFrame.url.startsWith('chrome-extension://') || seen.has(key)) continue;
      seen.add(key);
      add(key, dt);
    }
  }
  return out;
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s[(s.length - 1) >> 1]! + s[s.length >> 1]!) / 2 : 0;
};

/** Prints the median of each key over the runs, largest first. */
export function printMedians(runs: Map<string, number>[], min: number, max: number, only?: RegExp): void {
  const keys = new Set(runs.flatMap((m) => [...m.keys()].filter((k) => !only || only.test(k))));
  const rows = [...keys].map((k) => [k, median(runs.map((m) => m.get(k) ?? 0))] as const);
  rows.sort((a, b) => b[1] - a[1]);
  for (const [k, v] of rows.filter((r) => r[1] >= min).slice(0, max)) console.log(`${v.toFixed(2).padStart(9)}  ${k}`);
}
