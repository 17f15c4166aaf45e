import { dispatchAlerts, registerAlertClicks } from './alerts';
import { registerRefresh } from './refresh-alarms';
import { configureTabRuns } from './resolve-tabs';
import { recordSighting } from './sightings';
import { afterWakeUp } from './after-wake';

/**
 * Keeps the wishlist current: listings read anywhere update their saved items, a scheduled
 * refresh re-checks the rest, and changes worth it become notifications.
 */
export function registerTracking(): void {
  configureTabRuns({
    sighting: async (mention, state) => {
      if (await recordSighting(mention, state)) await dispatchAlerts();
    },
  });
  registerAlertClicks();
  registerRefresh();
  // Changes recorded while no alert could go out (the worker stopped) are announced on the next start.
  afterWakeUp(() => dispatchAlerts().catch(() => undefined));
}
