import type { SavedItem } from '../lib/db/types';
import { formatShortPrice } from '../lib/price/format';

/** Change since saved in cents, so float noise never shows as a change. */
export function changeSinceSaved(item: SavedItem): { delta: number; percent: number } | null {
  const first = item.firstPrice ?? null;
  if (first === null || item.currentPrice === null || first <= 0) return null;
  const cents = Math.round(item.currentPrice * 100) - Math.round(first * 100);
  return cents === 0 ? null : { delta: cents / 100, percent: Math.round((cents / Math.round(first * 100)) * 100) };
}

/**
 * What the wishlist row says about an item's price over time: the change since it was saved,
 * the lowest price seen, a "changed" marker for changes since the wishlist was last opened, and
 * why the last check failed (the last known price stays).
 */
export function PriceFacts({ item, seenAt }: { item: SavedItem; seenAt?: number }) {
  const currency = item.currency;
  const change = changeSinceSaved(item);
  const low = item.lowestPrice ?? null;
  const changed = seenAt !== undefined && seenAt > 0 && (item.changedAt ?? 0) > seenAt;
  return (
    <>
      {changed && <span class="badge badge-changed">Changed</span>}
      {change && currency && (
        <span class={`since-saved ${change.delta < 0 ? 'down' : 'up'}`}>
          {change.delta < 0 ? '−' : '+'}
          {formatShortPrice(Math.abs(change.delta), currency)} ({change.delta < 0 ? '−' : '+'}
          {Math.abs(change.percent)}%) since saved
        </span>
      )}
      {low !== null && currency && item.currentPrice !== null && low < item.currentPrice && (
        <span class="lowest">lowest seen {formatShortPrice(low, currency)}</span>
      )}
      {item.checkProblem && (
        <span class="check-problem" title={item.checkProblem}>
          Last check failed: {item.checkProblem}
        </span>
      )}
    </>
  );
}
