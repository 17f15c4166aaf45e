import type { Mention } from '../detect/types';
import type { ResolverDeps } from '../resolve/deps';
import { defaultDeps } from '../resolve/default-deps';
import { resolveMentions } from '../resolve/resolver';
import type { ResolveState } from '../protocol/resolve-state';
import { storedState } from '../resolve/stored-state';
import { backgroundFetcher } from './resolve-fetcher';
import type { TabDelta } from '../protocol';
import { mentionIdOf } from '../mention-id';
import { clearTabStates, loadTabStates, mentionsKey, saveTabStates, type TabStates } from './resolve-states';
import { createStateStream } from './state-stream';
import { pushTabDelta, pushTabView } from './resolve-view';
import { loadTabMentions } from './tab-mentions';
import { backgroundBudget, budgetedFetcher, type RequestBudget } from './request-budget';
import { gazetteerReady } from './gazetteer-ready';

/** How a tab run picks its mentions. */
export interface TabRunOptions {
  /** 'all' re-resolves every mention; 'pending' only those not settled (and those `redo` names). */
  mode: 'all' | 'pending';
  /** Settled states to do again, e.g. "live checks are off" after the reader grants access. */
  redo?: (state: ResolveState) => boolean;
  /** Skip the listing cache. */
  force?: boolean;
}

let makeDeps: () => Promise<ResolverDeps> = async () => defaultDeps(await backgroundFetcher());
let push: (tabId: number) => Promise<void> = (tabId) => pushTabView(tabId);
let pushDelta: (tabId: number, delta: TabDelta) => Promise<void> = pushTabDelta;
let budget: RequestBudget = backgroundBudget;
let sighting: (mention: Mention, state: ResolveState) => Promise<unknown> = async () => undefined;

/** Replaces how runs get resolver deps, push views and report resolved listings (tests, the background's wiring). */
export function configureTabRuns(opts: {
  deps?: () => Promise<ResolverDeps>;
  push?: (tabId: number) => Promise<void>;
  /** Sends the states that changed since the last flush (default: showTabDelta to the tab and extension pages). */
  pushDelta?: (tabId: number, delta: TabDelta) => Promise<void>;
  budget?: RequestBudget;
  /** Called with each final resolved state, so a saved item takes the new reading. */
  sighting?: (mention: Mention, state: ResolveState) => Promise<unknown>;
}): void {
  if (opts.deps) makeDeps = opts.deps;
  if (opts.push) push = opts.push;
  if (opts.pushDelta) pushDelta = opts.pushDelta;
  if (opts.budget) budget = opts.budget;
  if (opts.sighting) sighting = opts.sighting;
}

/** The shop-request budget tab runs spend (see request-budget.ts). */
export function tabRunBudget(): RequestBudget {
  return budget;
}

const runs = new Map<number, AbortController>();
const chains = new Map<number, Promise<void>>();

/** Runs storage updates of one tab one at a time, in order, so streamed states never overwrite each other. */
function serial(tabId: number, task: () => Promise<void>): Promise<void> {
  const next = (chains.get(tabId) ?? Promise.resolve()).then(task).catch(() => undefined);
  chains.set(tabId, next);
  void next.then(() => {
    if (chains.get(tabId) === next) chains.delete(tabId);
  });
  return next;
}

/** Whether a run for the tab is in progress. */
export function isTabRunning(tabId: number): boolean {
  return runs.has(tabId);
}

/** Stops a tab's run; its results are dropped. */
export function stopTab(tabId: number): void {
  runs.get(tabId)?.abort();
  runs.delete(tabId);
}

/**
 * Resolves a tab's mentions, streaming states to storage.session and to the tab and popup as
 * they settle, batched (state-stream.ts): the first push is the whole view, later ones deltas.
 * A newer run for the same tab stops the older one; states computed for other mentions than the
 * tab now has are discarded.
 */
export async function resolveTab(tabId: number, opts: TabRunOptions): Promise<void> {
  // The resolver looks shops and brands up in the gazetteer.
  await gazetteerReady();
  const tab = await loadTabMentions(tabId);
  if (!tab) {
    stopTab(tabId);
    await clearTabStates(tabId);
    return;
  }
  const key = mentionsKey(tab.mentions);
  stopTab(tabId);
  const run = new AbortController();
  runs.set(tabId, run);
  let indexes: number[] = [];
  const record: TabStates = { key, states: [] };
  await serial(tabId, async () => {
    const stored = await loadTabStates(tabId);
    const fits = stored?.key === key && stored.states.length === tab.mentions.length;
    record.states = fits ? [...stored.states] : tab.mentions.map(() => ({ status: 'pending' }));
    const again = (s: ResolveState) => s.status === 'pending' || (opts.redo?.(s) ?? false);
    const redo = (i: number) => opts.mode === 'all' || !fits || again(record.states[i] as ResolveState);
    indexes = tab.mentions.map((_, i) => i).filter(redo);
    for (const i of indexes) record.states[i] = { status: 'pending' };
    await saveTabStates(tabId, record);
    await push(tabId);
  });
  try {
    if (indexes.length === 0 || run.signal.aborted) return;
    const base = await makeDeps();
    // Every shop request of this run spends the tab's (and the hour's) budget.
    const deps = { ...base, fetcher: budgetedFetcher(base.fetcher, tabId, budget) };
    const picked = indexes.map((i) => tab.mentions[i]!);
    const stream = createStateStream({
      tabId,
      pageUrl: tab.pageUrl,
      ids: tab.mentions.map(mentionIdOf),
      record,
      signal: run.signal,
      save: (r) => saveTabStates(tabId, r),
      pushDelta,
      serial: (task) => serial(tabId, task),
    });
    // Saved items take each new reading in order, apart from the batched storage writes.
    let sightings = Promise.resolve();
    await resolveMentions(picked, deps, {
      signal: run.signal,
      force: opts.force,
      onState: (j, state) => {
        const i = indexes[j];
        if (state.status === 'pending' || i === undefined || run.signal.aborted) return;
        stream.set(i, storedState(state));
        const mention = tab.mentions[i]!;
        sightings = sightings.then(() =>
          sighting(mention, state).then(
            () => undefined,
            (err) => console.warn('magpie: could not update a saved item', err),
          ),
        );
      },
    });
    await Promise.all([stream.drain(), sightings]);
  } finally {
    if (runs.get(tabId) === run) runs.delete(tabId);
  }
}
