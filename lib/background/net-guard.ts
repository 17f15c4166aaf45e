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
