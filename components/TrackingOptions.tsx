import { useEffect, useState } from 'preact/hooks';
import {
  DEFAULT_TRACKING,
  TRACKING_LIMITS,
  getTracking,
  saveTracking,
  watchTracking,
  type TrackingSettings,
} from '../lib/tracking-settings';
import { messageOf } from './errors';

/** Where the tracking settings are read and written; tests hand in an in-memory one. */
export interface TrackingStore {
  get(): Promise<TrackingSettings>;
  save(next: TrackingSettings): Promise<TrackingSettings>;
  watch(cb: (s: TrackingSettings) => void): () => void;
}

export const browserTrackingStore: TrackingStore = { get: getTracking, save: saveTracking, watch: watchTracking };

/** Options for keeping the wishlist current: how often saved items are re-checked, and alerts. */
export function TrackingOptions({ store = browserTrackingStore }: { store?: TrackingStore }) {
  const [s, setS] = useState<TrackingSettings | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => {
    let alive = true;
    store.get().then(
      (v) => alive && setS(v),
      () => alive && setS({ ...DEFAULT_TRACKING }),
    );
    const stop = store.watch((v) => alive && setS(v));
    return () => {
      alive = false;
      stop();
    };
  }, [store]);
  if (!s) return null;
  const save = (next: TrackingSettings) => {
    setS(next);
    setProblem(null);
    store.save(next).then(setS, (err) => setProblem(`Could not save: ${messageOf(err)}`));
  };
  const num = (e: Event) => Number((e.currentTarget as HTMLInputElement).value);
  return (
    <fieldset>
      <legend>Keeping the wishlist current</legend>
      <label>
        Re-check saved items every{' '}
        <input
          type="number"
          min={TRACKING_LIMITS.refreshHours[0]}
          max={TRACKING_LIMITS.refreshHours[1]}
          value={s.refreshHours}
          onChange={(e) => save({ ...s, refreshHours: num(e) })}
        />{' '}
        hours (with live prices on)
      </label>
      <label class="check">
        <input
          type="checkbox"
          checked={s.alerts}
          onChange={(e) => save({ ...s, alerts: (e.currentTarget as HTMLInputElement).checked })}
        />
        <span>Notify me when a saved item’s price drops or it is back in stock</span>
      </label>
      <label>
        Notify for drops of at least{' '}
        <input
          type="number"
          min={TRACKING_LIMITS.dropPercent[0]}
          max={TRACKING_LIMITS.dropPercent[1]}
          value={s.dropPercent}
          disabled={!s.alerts}
          onChange={(e) => save({ ...s, dropPercent: num(e) })}
        />
        %
      </label>
      {problem && (
        <p class="problem" role="alert">
          {problem}
        </p>
      )}
    </fieldset>
  );
}
