/** Summaries for scripts/bench/trace-page.ts: trace events and CPU profiles reduced to milliseconds by name. */

/** One event of a Chromium trace, as CDP's Tracing domain reports it. */
export interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  /** Thread (CPU) time of the event, µs: unlike dur it leaves out time the thread waited for a core. */
  tdur?: number;
  tid: number;
  pid: number;
  args?: { data?: { url?: string; frame?: string }; name?: string };
}

/**
 * Sums complete events on the renderer's main thread by name (wall time), and again as "cpu <name>" (thread time);
 * nested events are counted in their own row too.
 */
export function summarize(events: TraceEvent[]): Map<string, number> {
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
    if (e.pid !== main.pid || e.tid !== main.tid || e.ph !== 'X' || !e.dur) continue;
    const url = e.args?.data?.url ?? '';
    const tag = url.startsWith('chrome-extension://') ? ` [${url.split('/').slice(3).join('/')}]` : '';
    const key = `${e.name}${tag}`;
    sums.set(key, (sums.get(key) ?? 0) + e.dur / 1000);
    // The same in CPU time, for a loaded machine where wall time includes waiting for a core.
    if (e.tdur !== undefined) sums.set(`cpu ${key}`, (sums.get(`cpu ${key}`) ?? 0) + e.tdur / 1000);
  }
  return sums;
}

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

/**
 * Time (ms) by function of a CPU profile: self time keyed "fn file:line", time including callees keyed
 * "+ fn file:line" (extension scripts only), and the total per script.
 */
export function selfTimes(profile: {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}): Map<string, number> {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const keyOf = (n: ProfileNode) =>
    `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop() || ''}:${n.callFrame.lineNumber + 1}`;
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

/** Prints the median of each key over the runs (those `only` matches), largest first. */
export function printMedians(runs: Map<string, number>[], min: number, max: number, only?: RegExp): void {
  const keys = new Set(runs.flatMap((m) => [...m.keys()].filter((k) => !only || only.test(k))));
  const rows = [...keys].map((k) => [k, median(runs.map((m) => m.get(k) ?? 0))] as const);
  rows.sort((a, b) => b[1] - a[1]);
  for (const [k, v] of rows.filter((r) => r[1] >= min).slice(0, max)) console.log(`${v.toFixed(2).padStart(9)}  ${k}`);
}
