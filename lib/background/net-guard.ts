import { browser } from 'wxt/browser';
import { defaultGuardPolicy } from '../links/url-guard';
import { netGuardRules } from '../resolve/net-rules';

let installing: Promise<boolean> | null = null;

/**
 * Installs the network half of the URL guard (lib/resolve/net-rules.ts) as declarativeNetRequest
 * session rules, replacing whatever session rules Magpie had. Resolves true once the browser
 * applies them; false when it refused (no API, bad rule). Memoised: every fetch awaits it, and a
 * failure is retried on the next ask, so no shop request goes out unguarded.
 */
export function installNetGuard(): Promise<boolean> {
  installing ??= (async () => {
    try {
      const dnr = browser.declarativeNetRequest;
      // Magpie's origin host: the id in Chromium, the per-profile UUID in Firefox.
      const initiator = new URL(browser.runtime.getURL('/')).host;
      const rules = netGuardRules(initiator, { allowTestHost: defaultGuardPolicy().allowTestHost });
      const old = await dnr.getSessionRules();
      // Session rules outlive the worker: at most wake-ups they are already in place, and an update
      // (which the browser re-indexes) would hold up the event that woke the worker.
      if (sameRules(old, rules)) return true;
      await dnr.updateSessionRules({ removeRuleIds: old.map((r) => r.id), addRules: rules });
      return true;
    } catch (err) {
      console.warn('Magpie: could not install its network guard; live price checks stay off', err);
      installing = null;
      return false;
    }
  })();
  return installing;
}

/** The same JSON with object keys in order, so rules read back from the browser compare equal. */
const canonical = (v: unknown): unknown =>
  Array.isArray(v)
    ? v.map(canonical)
    : v && typeof v === 'object'
      ? Object.fromEntries(
          Object.entries(v)
            .sort(([a], [b]) => (a < b ? -1 : 1))
            .map(([k, x]) => [k, canonical(x)]),
        )
      : v;

/** Whether the installed session rules are exactly the wanted ones. */
function sameRules(installed: readonly unknown[], wanted: readonly unknown[]): boolean {
  return JSON.stringify(canonical(installed)) === JSON.stringify(canonical(wanted));
}
