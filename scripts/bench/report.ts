/** Number formats and plain-text tables for the benchmark's report. */
import type { Timing } from './measure';

/** A duration in ms, in the unit that keeps three significant figures readable. */
export function ms(t: number): string {
  // Differences of noisy timings can be negative; keep the unit readable for those too.
  if (t < 0) return `-${ms(-t)}`;
  if (t >= 1000) return `${(t / 1000).toFixed(2)} s`;
  if (t >= 1) return `${t.toFixed(t >= 100 ? 0 : t >= 10 ? 1 : 2)} ms`;
  const us = t * 1000;
  return `${us.toFixed(us >= 100 ? 0 : us >= 10 ? 1 : 2)} µs`;
}

/** A ratio with two or three significant figures, e.g. 0.012×, 1.05×, 250×. */
export function ratio(r: number): string {
  if (!Number.isFinite(r)) return 'n/a';
  if (r >= 100) return `${r.toFixed(0)}×`;
  if (r >= 10) return `${r.toFixed(1)}×`;
  if (r >= 1) return `${r.toFixed(2)}×`;
  return `${r.toPrecision(2)}×`;
}

/** A size in bytes (or characters: the generated pages are ASCII). */
export function size(n: number): string {
  if (n >= 1024 * 1024) return `${(n / 1024 / 1024).toFixed(2)} MB`;
  if (n >= 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${n} B`;
}

/** Lines of a table: the first column left-aligned, the others right-aligned. */
export function table(head: string[], rows: string[][]): string[] {
  const width = head.map((h, c) => Math.max(h.length, ...rows.map((r) => (r[c] ?? '').length)));
  const line = (cells: string[]) =>
    cells
      .map((cell, c) => (c === 0 ? cell.padEnd(width[c]!) : cell.padStart(width[c]!)))
      .join('  ')
      .trimEnd();
  return [line(head), width.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)];
}

/** The timing columns every section shares. */
export const TIMING_HEAD = ['median', 'p90', 'calls'];

export const timingCells = (t: Timing): string[] => [ms(t.median), ms(t.p90), String(t.calls)];

/** Where a section writes its lines (none: an empty line). */
export type Out = (...lines: string[]) => void;
