/**
 * Side-by-side timing for the benchmark. Cases are compared in rounds, each round running every
 * case once in a rotated order, so load from other processes on a shared machine slows all of
 * them alike. Samples are this process's CPU time (user + system, all its threads, so collector
 * and compiler threads count), not wall time: time spent descheduled while other processes run
 * does not count, which keeps the ratios steady on a busy machine.
 */

/** One thing to time. `run` is called many times; its result is kept so the work is not elided. */
export interface Case<R = unknown> {
  label: string;
  run: () => R;
  /** Untimed work after each timed call (e.g. undoing a write so every call sees the same state). */
  after?: () => R;
}

/** Per-call CPU time of one case, in ms. */
export interface Timing {
  label: string;
  median: number;
  p90: number;
  /** Timed calls in all. */
  calls: number;
}

export interface Budget {
  /** Wall time after which no new round starts once minRounds are done, ms (warm-up excluded). */
  ms: number;
  /** Least calls per case before timing starts (default 3; 0 = none, for cases already run). */
  warmup?: number;
  /** Least warm-up time per case, ms, so the JIT has settled before timing (default 150). */
  warmupMs?: number;
  minRounds?: number;
  maxRounds?: number;
  /** A sample shorter than this (CPU ms) batches calls, so timer resolution does not decide fast cases. */
  sampleMs?: number;
}

let sink: unknown;

/** Keeps `value` reachable until the next call (so a measured object is not collected early). */
export function keep(value: unknown): void {
  sink = value;
}

/** CPU time used by this process so far, ms (microsecond resolution on Linux). */
export const cpuMs = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

const quantile = (sorted: number[], q: number): number =>
  sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;

const warming = (b: Budget, n: number, start: number): boolean => {
  const least = b.warmup ?? 3;
  return n < least || (least > 0 && n < 10_000 && performance.now() - start < (b.warmupMs ?? 150));
};

/**
 * Calls per sample, from each case's fastest warm-up call (NaN when not warmed up), and the round
 * limits: rounds go on until the budget is spent, within them, so a loaded machine takes fewer.
 */
function plan(
  single: number[],
  b: Budget,
  cases: readonly Case[],
): { batch: number[]; rounds: { min: number; max: number } } {
  const sampleMs = b.sampleMs ?? 2;
  const batch = single.map((t, k) =>
    cases[k]!.after || !(t >= 0) ? 1 : Math.max(1, Math.ceil(sampleMs / Math.max(t, 1e-4))),
  );
  const min = b.minRounds ?? 7;
  return { batch, rounds: { min, max: Math.max(min, b.maxRounds ?? 300) } };
}

function summarise<K extends string>(
  keys: K[],
  cases: readonly Case[],
  samples: number[][],
  batch: number[],
): Record<K, Timing> {
  const out = {} as Record<K, Timing>;
  keys.forEach((key, k) => {
    const s = samples[k]!.sort((a, b) => a - b);
    out[key] = { label: cases[k]!.label, median: quantile(s, 0.5), p90: quantile(s, 0.9), calls: s.length * batch[k]! };
  });
  return out;
}

/** Times synchronous cases side by side; the result has the same keys. */
export function compare<K extends string>(named: Record<K, Case>, budget: Budget): Record<K, Timing> {
  const keys = Object.keys(named) as K[];
  const cases = keys.map((k) => named[k]);
  const single = cases.map((c) => {
    let best = NaN;
    for (let n = 0, start = performance.now(); warming(budget, n, start); n++) {
      const t = cpuMs();
      sink = c.run();
      best = Math.min(cpuMs() - t, best >= 0 ? best : Infinity);
      c.after?.();
    }
    return best;
  });
  const { batch, rounds } = plan(single, budget, cases);
  const samples: number[][] = cases.map(() => []);
  const start = performance.now();
  for (let r = 0; r < rounds.max && (r < rounds.min || performance.now() - start < budget.ms); r++) {
    for (let j = 0; j < cases.length; j++) {
      const k = (j + r) % cases.length;
      const c = cases[k]!;
      const t = cpuMs();
      for (let n = 0; n < batch[k]!; n++) sink = c.run();
      samples[k]!.push((cpuMs() - t) / batch[k]!);
      c.after?.();
    }
  }
  return summarise(keys, cases, samples, batch);
}

/**
 * Times asynchronous cases side by side, each call awaited before the next. A separate loop from
 * `compare`, so synchronous cases pay no await per call.
 */
export async function compareAsync<K extends string>(
  named: Record<K, Case<Promise<unknown>>>,
  budget: Budget,
): Promise<Record<K, Timing>> {
  const keys = Object.keys(named) as K[];
  const cases = keys.map((k) => named[k]);
  const single: number[] = [];
  for (const c of cases) {
    let best = NaN;
    for (let n = 0, start = performance.now(); warming(budget, n, start); n++) {
      const t = cpuMs();
      sink = await c.run();
      best = Math.min(cpuMs() - t, best >= 0 ? best : Infinity);
      await c.after?.();
    }
    single.push(best);
  }
  const { batch, rounds } = plan(single, budget, cases);
  const samples: number[][] = cases.map(() => []);
  const start = performance.now();
  for (let r = 0; r < rounds.max && (r < rounds.min || performance.now() - start < budget.ms); r++) {
    for (let j = 0; j < cases.length; j++) {
      const k = (j + r) % cases.length;
      const c = cases[k]!;
      const t = cpuMs();
      for (let n = 0; n < batch[k]!; n++) sink = await c.run();
      samples[k]!.push((cpuMs() - t) / batch[k]!);
      await c.after?.();
    }
  }
  return summarise(keys, cases, samples, batch);
}
