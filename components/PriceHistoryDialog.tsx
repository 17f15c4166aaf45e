import { useEffect, useRef, useState } from 'preact/hooks';
import type { HistoryRow, MagpieApi, SavedItem } from '../lib/api/types';
import { formatShortPrice } from '../lib/price/format';
import { availabilityLabel } from './format';
import { dayMonth, pricePoints, Sparkline } from './Sparkline';
import { changeSinceSaved } from './PriceFacts';
import { messageOf } from './errors';

/**
 * An item's price history in a modal dialog: change since saved, lowest seen, the sparkline
 * and every reading as a list. Escape or the close button returns focus to the row.
 */
export function PriceHistoryDialog({ api, item, onClose }: { api: MagpieApi; item: SavedItem; onClose: () => void }) {
  const ref = useRef<HTMLDialogElement>(null);
  const [rows, setRows] = useState<HistoryRow[] | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => {
    const d = ref.current;
    if (d && !d.open) {
      if (typeof d.showModal === 'function') d.showModal();
      else d.setAttribute('open', '');
    }
    let alive = true;
    api.getHistory(item.id).then(
      (r) => alive && setRows(r),
      (err) => alive && setProblem(messageOf(err)),
    );
    return () => {
      alive = false;
    };
  }, [item.id]);
  const title = [item.brand, item.name].filter(Boolean).join(' ');
  const currency = item.currency;
  const change = changeSinceSaved(item);
  const points = rows && currency ? pricePoints(rows, currency) : [];
  const lowest = points.length ? Math.min(...points.map((p) => p.price)) : null;
  return (
    <dialog
      ref={ref}
      class="history-dialog"
      aria-label={`Price history of ${title}`}
      onClose={onClose}
      onCancel={onClose}
    >
      <h2 class="history-title">{title}</h2>
      {problem && (
        <p class="problem" role="alert">
          Could not read the history: {problem}
        </p>
      )}
      {rows === null && !problem && <p aria-busy="true">Loading…</p>}
      {rows && (
        <>
          <p class="history-facts">
            {change && currency ? (
              <span>
                {change.delta < 0 ? 'Down' : 'Up'} {formatShortPrice(Math.abs(change.delta), currency)} (
                {Math.abs(change.percent)}%) since saved
              </span>
            ) : (
              <span>No price change since saved</span>
            )}
            {lowest !== null && currency && <span> · lowest seen {formatShortPrice(lowest, currency)}</span>}
          </p>
          {currency && <Sparkline rows={rows} currency={currency} />}
          <ol class="history-rows">
            {rows.map((r) => (
              <li key={r.id ?? r.time} class="history-row">
                {dayMonth(r.time)}:{' '}
                {r.price !== null && r.currency ? formatShortPrice(r.price, r.currency) : 'no price'}
                {r.availability ? `, ${availabilityLabel(r.availability)}` : ''}
              </li>
            ))}
          </ol>
        </>
      )}
      <button
        type="button"
        class="btn"
        onClick={() => {
          if (ref.current?.open && typeof ref.current.close === 'function') ref.current.close();
          onClose();
        }}
      >
        Close
      </button>
    </dialog>
  );
}
