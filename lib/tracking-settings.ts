import { browser } from 'wxt/browser';
import { TRACKING_KEY } from './protocol/storage-keys';

/** How Magpie keeps the wishlist current: the refresh schedule and the alerts. */
export interface TrackingSettings {
  /** Hours between scheduled re-checks of saved items (only while live prices are on). */
  refreshHours: number;
  /** Notify when a saved item's price drops or it is back in stock. */
  alerts: boolean;
  /** Smallest drop, in percent of the last price, worth a notification. */
  dropPercent: number;
}

export const DEFAULT_TRACKING: Readonly<TrackingSettings> = Object.freeze({
  refreshHours: 12,
  alerts: true,
  dropPercent: 10,
});

/** Allowed ranges: at least hourly keeps shop requests modest, at most weekly keeps the list current. */
export const TRACKING_LIMITS = { refreshHours: [1, 168], dropPercent: [1, 90] } as const;

const inRange = (v: unknown, [lo, hi]: readonly [number, number], fallback: number): number =>
  typeof v === 'number' && Number.isFinite(v) ? Math.min(hi, Math.max(lo, Math.round(v))) : fallback;

/** Tracking settings from storage (or anywhere untrusted): bad values replaced by defaults, numbers clamped. */
export function parseTracking(v: unknown): TrackingSettings {
  const r = typeof v === 'object' && v !== null ? (v as Record<string, unknown>) : {};
  return {
    refreshHours: inRange(r.refreshHours, TRACKING_LIMITS.refreshHours, DEFAULT_TRACKING.refreshHours),
    alerts: typeof r.alerts === 'boolean' ? r.alerts : DEFAULT_TRACKING.alerts,
    dropPercent: inRange(r.dropPercent, TRACKING_LIMITS.dropPercent, DEFAULT_TRACKING.dropPercent),
  };
}

/** The current tracking settings, validated. */
export async function getTracking(): Promise<TrackingSettings> {
  const got = await browser.storage.local.get(TRACKING_KEY);
  return parseTracking(got[TRACKING_KEY]);
}

/** Stores tracking settings after validating them; returns what was stored. */
export async function saveTracking(next: TrackingSettings): Promise<TrackingSettings> {
  const clean = parseTracking(next);
  await browser.storage.local.set({ [TRACKING_KEY]: clean });
  return clean;
}

/** Calls `cb` with the validated tracking settings whenever they change; returns the stop function. */
export function watchTracking(cb: (s: TrackingSettings) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    const change = changes[TRACKING_KEY];
    if (area === 'local' && change) cb(parseTracking(change.newValue));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
