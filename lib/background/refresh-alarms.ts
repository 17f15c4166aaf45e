import { browser } from 'wxt/browser';
import { purgeHandledChanges, purgeRemoved } from '../db';
// Not from '../db', which Chromium's worker loads on first use (a stub stands only for functions).
import { REMOVED_KEEP_MS } from '../db/removed';
import { getDb } from '../db/schema';
import { hasLivePrices } from '../api/live-prices';
import { defaultDeps } from '../resolve/default-deps';
import { resolveMention } from '../resolve/resolver';
import { getTracking, watchTracking } from '../tracking-settings';
import { dispatchAlerts } from './alerts';
import { backgroundFetcher } from './resolve-fetcher';
import { refreshStep, storedRun, type RefreshDeps, type RefreshStep } from './refresh';
import { afterWakeUp } from './after-wake';
import { withGazetteer } from './gazetteer-ready';

/** The periodic alarm that starts a refresh of the wishlist. */
export const REFRESH_ALARM = 'magpie-refresh';
/** A one-shot alarm that continues a refresh the last wake-up could not finish. */
export const REFRESH_MORE_ALARM = 'magpie-refresh-more';
/** Chrome's shortest alarm delay for a packed extension: 30 s. */
const MORE_DELAY_MIN = 0.5;

/** The slice of `browser.alarms` the refresh uses; tests hand in a fake with fake timers. */
export interface AlarmsApi {
  create(name: string, info: { periodInMinutes?: number; delayInMinutes?: number }): Promise<void> | void;
  get(name: string): Promise<{ name: string; periodInMinutes?: number } | undefined>;
  onAlarm: { addListener(cb: (alarm: { name: string }) => void): void };
}

/** The refresh wired to the extension: the background's fetcher (per-shop limits, backoff), storage, alerts. */
export function extensionRefreshDeps(): RefreshDeps {
  return {
    db: getDb(),
    now: Date.now,
    livePrices: hasLivePrices,
    async resolve(mention) {
      // Asked anew (a due item's last check is older than the cache would vouch for); the
      // fetcher's per-shop limits and backoff still apply, and the answer refreshes the cache.
      return resolveMention(mention, defaultDeps(await backgroundFetcher()), { force: true });
    },
    afterBatch: () => dispatchAlerts(),
    loadRun: storedRun.load,
    saveRun: storedRun.save,
  };
}

/** Sets the periodic alarm to the reader's interval (kept when already right, so its timing survives restarts). */
export async function ensureRefreshAlarm(alarms: AlarmsApi, hours?: number): Promise<void> {
  const period = (hours ?? (await getTracking()).refreshHours) * 60;
  const existing = await alarms.get(REFRESH_ALARM);
  if (existing?.periodInMinutes === period) return;
  await alarms.create(REFRESH_ALARM, { periodInMinutes: period, delayInMinutes: period });
}

let running: Promise<RefreshStep> | null = null;

/**
 * One wake-up's refresh (never two at once); schedules a follow-up when work is left. Also
 * purges items removed, and changes announced, over 30 days ago.
 */
export function runRefresh(alarms: AlarmsApi, deps: RefreshDeps = extensionRefreshDeps()): Promise<RefreshStep> {
  running ??= (async () => {
    try {
      await purgeRemoved(deps.now(), deps.db).catch(() => 0);
      await purgeHandledChanges(deps.now() - REMOVED_KEEP_MS, deps.db).catch(() => 0);
      const step = await refreshStep(deps);
      if (step.more) await alarms.create(REFRESH_MORE_ALARM, { delayInMinutes: MORE_DELAY_MIN });
      return step;
    } finally {
      running = null;
    }
  })();
  return running;
}

/**
 * Wires the scheduled refresh: the periodic alarm at the reader's interval, follow-ups, and a
 * resume after the worker or browser stopped midway (a stored run without its follow-up alarm).
 */
export function registerRefresh(
  alarms: AlarmsApi = browser.alarms as unknown as AlarmsApi,
  deps?: () => RefreshDeps,
): void {
  const make = deps ?? extensionRefreshDeps;
  alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === REFRESH_ALARM || alarm.name === REFRESH_MORE_ALARM)
      void withGazetteer(() => runRefresh(alarms, make()));
  });
  afterWakeUp(() =>
    ensureRefreshAlarm(alarms).catch((err) => console.warn('magpie: could not schedule the refresh', err)),
  );
  watchTracking((s) => void ensureRefreshAlarm(alarms, s.refreshHours));
  const resumeRun = async () => {
    if (!(await make().loadRun())) return;
    if (!(await alarms.get(REFRESH_MORE_ALARM)))
      await alarms.create(REFRESH_MORE_ALARM, { delayInMinutes: MORE_DELAY_MIN });
  };
  afterWakeUp(() => resumeRun().catch(() => undefined));
}
