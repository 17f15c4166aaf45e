import type { ResolveState } from '../lib/protocol/resolve-state';

/**
 * How many mentions the shops have answered for: a progress bar while any is pending, and a
 * polite announcement only when checking starts and ends (not on every step).
 */
export function ResolveProgress({ states }: { states: readonly ResolveState[] }) {
  const total = states.length;
  const done = states.filter((s) => s.status !== 'pending').length;
  const checking = done < total;
  return (
    <div class="progress-wrap">
      {checking && (
        <div
          class="progress"
          role="progressbar"
          aria-label="Checking prices"
          aria-valuemin={0}
          aria-valuemax={total}
          aria-valuenow={done}
          aria-valuetext={`${done} of ${total} checked`}
        >
          <div class="progress-bar" style={{ width: `${total ? (done / total) * 100 : 0}%` }} />
        </div>
      )}
      <p class="sr-only" role="status">
        {total === 0 ? '' : checking ? `Checking prices for ${total} products` : `Prices checked for ${total} products`}
      </p>
    </div>
  );
}
