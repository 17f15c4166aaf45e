import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { NetGuardRule } from '@/lib/resolve/net-rules';

/** WXT's fake browser has no declarativeNetRequest: a minimal session-rule store standing in for it. */
export function installFakeDnr(): { rules: NetGuardRule[]; fail: boolean } {
  const state = { rules: [] as NetGuardRule[], fail: false };
  const dnr = {
    async getSessionRules() {
      return [...state.rules];
    },
    async updateSessionRules(o: { removeRuleIds?: number[]; addRules?: NetGuardRule[] }) {
      if (state.fail) throw new Error('rule refused');
      const drop = new Set(o.removeRuleIds ?? []);
      state.rules = [...state.rules.filter((r) => !drop.has(r.id)), ...(o.addRules ?? [])];
    },
  };
  Object.assign(fakeBrowser, { declarativeNetRequest: dnr });
  return state;
}
