import { findInSnapshot } from '../page-work';
import { DETECT_TIMEOUT_MS } from '../page-work/timeouts';
import type { FoundMentions, PageSnapshotMessage } from '../protocol';

export { findInSnapshot };

let queue: Promise<unknown> = Promise.resolve();
/** When each tab's latest detection may start (ms since the epoch). */
const nextStart = new Map<number, number>();
const MAX_TABS_TRACKED = 500;
/** Least time between two detections for one tab: a page that keeps changing cannot keep the worker busy. */
export const TAB_DETECT_GAP_MS = 1000;

/**
 * findInSnapshot one page at a time (several tabs loading at once hold one parsed page in memory,
 * not several), each given up after DETECT_TIMEOUT_MS.
 */
export function findMentionsQueued(snapshot: PageSnapshotMessage): Promise<FoundMentions> {
  const run = queue.then(() => {
    const stop = new AbortController();
    const timer = setTimeout(() => stop.abort(new Error('detection took too long')), DETECT_TIMEOUT_MS);
    return findInSnapshot(snapshot, stop.signal).finally(() => clearTimeout(timer));
  });
  queue = run.catch(() => undefined);
  return run;
}

/**
 * findMentionsQueued for a tab, started at least `gapMs` after that tab's previous one (later
 * requests wait rather than fail, so the last state of a changing page is still read).
 */
export async function findMentionsForTab(
  tabId: number,
  snapshot: PageSnapshotMessage,
  gapMs = TAB_DETECT_GAP_MS,
): Promise<FoundMentions> {
  const now = Date.now();
  const start = Math.max(now, nextStart.get(tabId) ?? 0);
  nextStart.delete(tabId);
  nextStart.set(tabId, start + gapMs);
  // Oldest tabs first out: the map stays small however many tabs come and go.
  if (nextStart.size > MAX_TABS_TRACKED) nextStart.delete(nextStart.keys().next().value!);
  if (start > now) await new Promise((ok) => setTimeout(ok, start - now));
  return findMentionsQueued(snapshot);
}
