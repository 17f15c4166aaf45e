import { browser } from 'wxt/browser';
import type { Mention } from '../detect/types';
import { isResolveState } from '../resolve/validate';
import type { ResolveState } from '../resolve/types';

/** A tab's resolve states and which mentions they were computed for. */
export interface TabStates {
  /** Fingerprint of the mentions: states are only valid for the exact mentions they belong to. */
  key: string;
  states: ResolveState[];
}

const PREFIX = 'states:';
const keyOf = (tabId: number) => `${PREFIX}${tabId}`;

/** A fingerprint of a mention list; the same mentions in the same order give the same key. */
export function mentionsKey(mentions: readonly Mention[]): string {
  const text = JSON.stringify(mentions.map((m) => [m.brand, m.name, m.price?.amount, m.price?.currency, m.retailer, m.url]));
  // FNV-1a: cheap, stable, and collisions only cost a re-resolve.
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return `${mentions.length}:${h.toString(36)}`;
}

function parseTabStates(v: unknown): TabStates | null {
  if (typeof v !== 'object' || v === null) return null;
  const r = v as Record<string, unknown>;
  if (typeof r.key !== 'string' || !Array.isArray(r.states) || r.states.length > 500) return null;
  return r.states.every(isResolveState) ? { key: r.key, states: r.states } : null;
}

/**
 * States live in storage.session next to the tab's mentions, so a service-worker restart keeps
 * them (and finds the pending ones to finish) and closing the browser forgets them.
 */
export async function loadTabStates(tabId: number): Promise<TabStates | null> {
  const got = await browser.storage.session.get(keyOf(tabId));
  return parseTabStates(got[keyOf(tabId)]);
}

/** Stores a tab's states (replacing earlier ones). */
export async function saveTabStates(tabId: number, value: TabStates): Promise<void> {
  await browser.storage.session.set({ [keyOf(tabId)]: value });
}

/** Forgets a tab's states (closed tab, page gone). */
export async function clearTabStates(tabId: number): Promise<void> {
  await browser.storage.session.remove(keyOf(tabId));
}

/** Every tab with stored states (to resume pending work after a restart). */
export async function allTabStates(): Promise<Map<number, TabStates>> {
  const all = await browser.storage.session.get(null);
  const out = new Map<number, TabStates>();
  for (const [k, v] of Object.entries(all)) {
    if (!k.startsWith(PREFIX)) continue;
    const tabId = Number(k.slice(PREFIX.length));
    const parsed = parseTabStates(v);
    if (Number.isInteger(tabId) && parsed) out.set(tabId, parsed);
  }
  return out;
}
