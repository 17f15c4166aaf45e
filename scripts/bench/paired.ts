/** Statistics of the real-browser section's paired rounds: medians and the spread of per-round differences. */
import { ms } from './report';

/** The q-quantile (0…1) of the finite values, linearly interpolated; NaN when there are none. */
export function quantile(xs: readonly number[], q: number): number {
  const s = xs.filter(Number.isFinite).sort((a, b) => a - b);
  if (!s.length) return NaN;
  const at = (s.length - 1) * q;
  const lo = Math.floor(at);
  return s[lo]! + (s[Math.min(lo + 1, s.length - 1)]! - s[lo]!) * (at - lo);
}

export const median = (xs: readonly number[]): number => quantile(xs, 0.5);

/** Per-round differences a − b of two series loaded in the same rounds (round k of each is a pair). */
export const pairedDiffs = (a: readonly number[], b: readonly number[]): number[] => a.map((t, k) => t - (b[k] ?? NaN));

/**
 * A paired figure with its spread: "12.9 ms (8.1…15.2)", the median of the differences and their middle half
 * (25th to 75th percentile). A figure whose spread crosses zero is within the noise of the machine.
 */
export function withSpread(diffs: readonly number[]): string {
  return `${ms(median(diffs))} (${ms(quantile(diffs, 0.25))}…${ms(quantile(diffs, 0.75))})`;
}
