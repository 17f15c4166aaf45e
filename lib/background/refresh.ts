import { browser } from 'wxt/browser';
import { itemsCheckedBefore, markCheckFailed, updateListing, type SavedItem } from '../db';
import type { MagpieDB } from '../db/schema';
import type { Mention } from '../detect/types';
import { REASONS } from '../protocol/reasons';
import type { ResolveState } from '../protocol/resolve-state';
import { REFRESH_RUN_KEY } from '../protocol';

/** Items checked this recently (a popup or article sighting) are not fetched again; none in test builds. */
export const RECENT_MS = __MAGPIE_TEST_BUILD__ ? 0 : 30 * 60_000;
/** Items checked at once: small, so the per-shop limits and a worker's lifetime are never strained. */
export const REFRESH_BATCH = 4;
/** Work per wake-up; what is left continues on a follow-up alarm. */
export const REFRESH_BUDGET_MS = 20_000;

export const NOT_FOUND_ANY_MORE = 'The shop no longer shows this product';

/** What a refresh needs outside itself; tests hand in a fixture web and a fake clock. */
export interface RefreshDeps {
  db: MagpieDB;
  now(): number;
  /** Whether live price checks are allowed (setting and permission). */
  livePrices(): Promise<boolean>;
  /** Reads the item's listing anew (the resolver, asked to skip its cache). */
  resolve(mention: Mention): Promise<ResolveState>;
  /** Runs after each batch (the alerts). */
  afterBatch?(): Promise<unknown>;
  /** Run state; storage.local in the extension. */
  loadRun(): Promise<{ startedAt: number } | null>;
  saveRun(run: { startedAt: number } | null): Promise<void>;
}

export interface RefreshStep {
  /** Items looked at in this step. */
  checked: number;
  /** Of those, how many could not be read (their last listing stays). */
  failed: number;
  /** Work is left for a follow-up wake-up. */
  more: boolean;
  /** Set when nothing was done because live prices are off. */
  skipped?: 'no-live-prices';
}

/** How the resolver sees a saved item: its shop link first, its words for a search. */
export function mentionForItem(item: SavedItem): Mention {
  return {
    brand: item.brand,
    name: item.name,
    price: item.articlePrice,
    retailer: item.retailer,
    url: item.listingUrl ?? item.mentionUrl,
  };
}

async function checkOne(deps: RefreshDeps, item: SavedItem): Promise<boolean> {
  let state: ResolveState;
  try {
    state = await deps.resolve(mentionForItem(item));
  } catch {
    state = { status: 'unavailable', reason: REASONS.failed };
  }
  if (state.status === 'resolved') {
    await updateListing(item.id, state.listing, deps.db);
    return true;
  }
  const why =
    state.status === 'unavailable' ? state.reason : state.status === 'not-found' ? NOT_FOUND_ANY_MORE : REASONS.failed;
  await markCheckFailed(item.id, why, deps.db);
  return false;
}

/**
 * One wake-up's share of a refresh: items last checked before the run started (less
 * `RECENT_MS`), oldest check first, `REFRESH_BATCH` at a time, until none is left or the budget
 * is spent. Each item's check is written as it finishes and moves it past the run's start, so a
 * run cut off midway resumes where it stopped and never records a reading twice.
 */
export async function refreshStep(deps: RefreshDeps, budgetMs = REFRESH_BUDGET_MS): Promise<RefreshStep> {
  if (!(await deps.livePrices())) {
    await deps.saveRun(null);
    return { checked: 0, failed: 0, more: false, skipped: 'no-live-prices' };
  }
  const begun = deps.now();
  let run = await deps.loadRun();
  if (!run) {
    run = { startedAt: begun };
    await deps.saveRun(run);
  }
  const cutoff = run.startedAt - RECENT_MS;
  let checked = 0;
  let failed = 0;
  while (deps.now() - begun < budgetMs) {
    const batch = await itemsCheckedBefore(cutoff, REFRESH_BATCH, deps.db);
    if (batch.length === 0) {
      await deps.saveRun(null);
      return { checked, failed, more: false };
    }
    const ok = await Promise.all(batch.map((item) => checkOne(deps, item)));
    checked += ok.length;
    failed += ok.filter((o) => !o).length;
    await deps.afterBatch?.();
  }
  return { checked, failed, more: true };
}

/** Run state in storage.local, validated on read. */
export const storedRun = {
  async load(): Promise<{ startedAt: number } | null> {
    const got = await browser.storage.local.get(REFRESH_RUN_KEY);
    const v = got[REFRESH_RUN_KEY] as { startedAt?: unknown } | undefined;
    return typeof v?.startedAt === 'number' && Number.isFinite(v.startedAt) ? { startedAt: v.startedAt } : null;
  },
  async save(run: { startedAt: number } | null): Promise<void> {
    if (run) await browser.storage.local.set({ [REFRESH_RUN_KEY]: run });
    else await browser.storage.local.remove(REFRESH_RUN_KEY);
  },
};
