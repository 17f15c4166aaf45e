/**
 * JS samples from a Chromium trace (the `disabled-by-default-v8.cpu_profiler` category), reduced to milliseconds
 * per function and per source file for the threads asked for; positions in a build's scripts are mapped back to
 * the project's sources through the build's .map files where it has them. Used by scripts/bench/trace-worker.ts.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TraceMap, originalPositionFor } from '@jridgewell/trace-mapping';
import type { TraceEvent } from './trace-summary';

/** MAGPIE_TRACE_FUNCTIONS=1: time including callees by function too ("* fn file:line"). */
const FUNCTIONS = process.env.MAGPIE_TRACE_FUNCTIONS === '1';

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
  columnNumber: number;
}
interface ChunkNode {
  id: number;
  parent?: number;
  callFrame: CallFrame;
}
interface ProfileArgs {
  data?: { cpuProfile?: { nodes?: ChunkNode[]; samples?: number[] }; timeDeltas?: number[] };
}

/** Maps a script position in a build directory to its source, caching each script's map. */
export function sourceMapper(dir: string): (f: CallFrame) => { file: string; where: string } {
  const maps = new Map<string, TraceMap | null>();
  return (frame) => {
    const f = {
      ...frame,
      url: frame.url ?? '',
      lineNumber: frame.lineNumber ?? 0,
      columnNumber: frame.columnNumber ?? 0,
    };
    const rel = f.url.startsWith('chrome-extension://') ? f.url.split('/').slice(3).join('/') : '';
    if (!rel) return { file: f.url ? f.url.split('/').pop()! : '(native)', where: '' };
    if (!maps.has(rel)) {
      const map = join(dir, `${rel}.map`);
      maps.set(rel, existsSync(map) ? new TraceMap(readFileSync(map, 'utf8')) : null);
    }
    const map = maps.get(rel);
    const pos = map ? originalPositionFor(map, { line: f.lineNumber + 1, column: Math.max(0, f.columnNumber) }) : null;
    if (!pos?.source) return { file: rel, where: `${rel}:${f.lineNumber + 1}:${f.columnNumber}` };
    const src = pos.source.replace(/^(\.\.\/)+/, '').replace(/^.*node_modules\//, 'node_modules/');
    return { file: src, where: `${src}:${pos.line}` };
  };
}

/**
 * Self time by function ("fn file:line"), and time including callees by source file ("+ file", each file once
 * per sample), for the samples taken on the given threads ("pid:tid").
 */
export function profileTimes(
  events: TraceEvent[],
  threads: Set<string>,
  map: (f: CallFrame) => { file: string; where: string },
): Map<string, number> {
  // A profile's chunks share its id; the Profile event itself is on the sampled thread.
  const ids = new Set(
    events
      .filter((e) => e.name === 'Profile' && threads.has(`${e.pid}:${e.tid}`))
      .map((e) => (e as { id?: string }).id),
  );
  const out = new Map<string, number>();
  const add = (k: string, dt: number) => out.set(k, (out.get(k) ?? 0) + dt);
  const nodes = new Map<string, ChunkNode>();
  for (const e of events) {
    const id = (e as { id?: string }).id;
    if (e.name !== 'ProfileChunk' || !ids.has(id)) continue;
    const data = (e.args as ProfileArgs | undefined)?.data;
    for (const n of data?.cpuProfile?.nodes ?? []) nodes.set(`${id}/${n.id}`, n);
    const samples = data?.cpuProfile?.samples ?? [];
    const deltas = data?.timeDeltas ?? [];
    for (let k = 0; k < samples.length; k++) {
      const dt = (deltas[k + 1] ?? deltas[k] ?? 0) / 1000;
      const leaf = nodes.get(`${id}/${samples[k]}`);
      if (!leaf) continue;
      const m = map(leaf.callFrame);
      add(`${leaf.callFrame.functionName || '(anon)'} ${m.where || m.file}`, dt);
      const seen = new Set<string>();
      for (let n: ChunkNode | undefined = leaf; n; n = n.parent ? nodes.get(`${id}/${n.parent}`) : undefined) {
        const { file, where } = map(n.callFrame);
        const fn = `* ${n.callFrame.functionName || '(anon)'} ${where}`;
        if (FUNCTIONS && where && !seen.has(fn)) {
          seen.add(fn);
          add(fn, dt);
        }
        if (!n.callFrame.url || seen.has(file)) continue;
        seen.add(file);
        add(`+ ${file}`, dt);
      }
    }
  }
  return out;
}
