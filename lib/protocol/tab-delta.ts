import { MAX_REPORTED_MENTIONS } from './limits';
import type { TabDelta, TabView } from './messages';
import { isMentionId, mentionIdOf } from '../mention-id';
import { isResolveState } from './resolve-state';

/** Type guard for a delta that crossed a message boundary: in-range, distinct indexes and valid states. */
export function isTabDelta(v: unknown): v is TabDelta {
  if (typeof v !== 'object' || v === null) return false;
  const d = v as Record<string, unknown>;
  if (typeof d.pageUrl !== 'string' || d.pageUrl.length > 4096) return false;
  const { count, changes } = d;
  if (!Number.isInteger(count) || (count as number) < 0 || (count as number) > MAX_REPORTED_MENTIONS) return false;
  if (!Array.isArray(changes) || changes.length > (count as number)) return false;
  const seen = new Set<number>();
  for (const c of changes as unknown[]) {
    if (typeof c !== 'object' || c === null) return false;
    const { index, id, state } = c as Record<string, unknown>;
    if (!Number.isInteger(index) || (index as number) < 0 || (index as number) >= (count as number)) return false;
    if (seen.has(index as number) || !isMentionId(id) || !isResolveState(state)) return false;
    seen.add(index as number);
  }
  return true;
}

/**
 * `view` with the delta's states in place, or null when the delta belongs to another view (other
 * page, other mentions): the receiver then asks for the whole view. Only the changed states are
 * copied; every other array entry is shared with `view`.
 */
export function applyTabDelta(view: TabView, delta: TabDelta): TabView | null {
  if (view.pageUrl !== delta.pageUrl || view.mentions.length !== delta.count) return null;
  for (const c of delta.changes) {
    const m = view.mentions[c.index];
    if (!m || mentionIdOf(m) !== c.id) return null;
  }
  const states = view.states.slice();
  for (const c of delta.changes) states[c.index] = c.state;
  return { ...view, states };
}
