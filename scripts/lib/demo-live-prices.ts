import type { Worker } from 'playwright-core';
import { REASONS } from '../../lib/protocol/reasons';
import { readTabStates } from './extension-state';

// The demo runs the test build (it may fetch the fixture shops on 127.0.0.1), which starts with
// live prices on; these helpers make it start as the store build does and then allow them.

declare const chrome: {
  storage: { local: { get(k: string): Promise<Record<string, unknown>>; set(v: object): Promise<void> } };
};

async function setLivePrices(worker: Worker, on: boolean): Promise<void> {
  await worker.evaluate(async (value) => {
    const got = await chrome.storage.local.get('settings');
    const current = (got.settings ?? {}) as Record<string, unknown>;
    await chrome.storage.local.set({ settings: { ...current, livePrices: value } });
  }, on);
}

/** Live prices off, as a store install starts: no shop is contacted until the reader allows it. */
export const startAsStoreInstall = (worker: Worker) => setLivePrices(worker, false);

/** Records the reader's yes to live prices, as the popup's button does once the browser granted them. */
export const allowLivePrices = (worker: Worker) => setLivePrices(worker, true);

/** Waits until no mention of the tab is still marked "live prices off" (the background retries them once allowed). */
export async function waitForLivePrices(worker: Worker, tabId: number, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const states = (await readTabStates(worker, tabId)) ?? [];
    const off = states.filter((s) => s.status === 'unavailable' && s.reason === REASONS.noPermission).length;
    if (states.length > 0 && off === 0) return;
    if (Date.now() > deadline)
      throw new Error(`${off} products still waited for live prices after ${timeoutMs / 1000} s`);
    await new Promise((r) => setTimeout(r, 200));
  }
}
