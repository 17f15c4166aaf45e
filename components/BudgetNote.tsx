import { REASONS } from '../lib/protocol/reasons';
import type { ResolveState } from '../lib/protocol/resolve-state';

/** A plain line when the background stopped asking shops for this tab because its request budget is spent. */
export function BudgetNote({ states }: { states: readonly ResolveState[] }) {
  const paused = states.some((s) => s.status === 'unavailable' && s.reason === REASONS.budgetSpent);
  return paused ? (
    <p class="problem" role="status">
      Price checks are paused: this page asked for too many shop requests. They resume within the hour.
    </p>
  ) : null;
}
