import type { HistoryRow } from '../lib/db/types';
import { formatShortPrice } from '../lib/price/format';
import { dateFormat } from '../lib/intl-cache';

/** "6 Dec" in the reader's locale. */
export const dayMonth = (ms: number): string => dateFormat({ day: 'numeric', month: 'short' }).format(ms);

/** The priced rows of one currency (the item's current one), oldest first. */
export function pricePoints(rows: readonly HistoryRow[], currency: string | null): { time: number; price: number }[] {
  return rows
    .filter((r): r is HistoryRow & { price: number } => r.price !== null && r.currency === currency)
    .map((r) => ({ time: r.time, price: r.price }));
}

/** The chart's words: "$195 on 6 Dec, $149 on 9 Dec". */
export function historyText(points: readonly { time: number; price: number }[], currency: string): string {
  return points.map((p) => `${formatShortPrice(p.price, currency)} on ${dayMonth(p.time)}`).join(', ');
}

const W = 240;
const H = 60;
const PAD = 6;

/**
 * An inline SVG sparkline of an item's prices: a step line (a price holds until it changes)
 * with a dot per reading. Drawn in `currentColor`, so it follows the theme in light and dark;
 * the image is labelled with the same words as `historyText`.
 */
export function Sparkline({ rows, currency }: { rows: readonly HistoryRow[]; currency: string }) {
  const points = pricePoints(rows, currency);
  if (points.length === 0) return null;
  const text = historyText(points, currency);
  const t0 = points[0]!.time;
  const t1 = points.at(-1)!.time;
  const lo = Math.min(...points.map((p) => p.price));
  const hi = Math.max(...points.map((p) => p.price));
  const x = (t: number) => (t1 === t0 ? W / 2 : PAD + ((t - t0) / (t1 - t0)) * (W - 2 * PAD));
  const y = (p: number) => (hi === lo ? H / 2 : PAD + ((hi - p) / (hi - lo)) * (H - 2 * PAD));
  let d = `M${x(points[0]!.time).toFixed(1)},${y(points[0]!.price).toFixed(1)}`;
  for (const p of points.slice(1)) d += ` H${x(p.time).toFixed(1)} V${y(p.price).toFixed(1)}`;
  return (
    <figure class="sparkline">
      <svg viewBox={`0 0 ${W} ${H}`} width={W} height={H} role="img" aria-label={`Price history: ${text}`}>
        <path d={d} fill="none" stroke="currentColor" stroke-width="2" />
        {points.map((p) => (
          <circle key={p.time} cx={x(p.time)} cy={y(p.price)} r="3" fill="currentColor" />
        ))}
      </svg>
      <figcaption class="sparkline-text">{text}</figcaption>
    </figure>
  );
}
