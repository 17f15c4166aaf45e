import { browser } from 'wxt/browser';
import type { Mention } from '../detect/types';
import { isResolveState } from '../protocol/resolve-state';
import type { ResolveState } from '../protocol/resolve-state';
import { REASONS } from '../protocol/reasons';
import { TAB_STATES_MAX_BYTES, tabOfStatesKey, tabStatesKey as keyOf } from '../protocol';
import { fitPrefix, putTabRecord, recordBytes, removeTabRecord } from './session-budget';

/** A tab's resolve states and which mentions they were computed for. */
export interface TabStates {
  /** Fingerprint of the mentions: states are only valid for the exact mentions they belong to. */
  key: string;
  states: ResolveState[];
}

/** A fingerprint of a mention list; the same mentions in the same order give the same key. */
export function mentionsKey(mentions: readonly Mention[]): string {
  const text = JSON.stringify(
    mentions.map((m) => [m.brand, m.name, m.price?.amount, m.price?.currency, m.retailer, m.url]),
  );
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

const tooMuch: ResolveState = { status: 'unavailable', reason: REASONS.tooMuchData };

/**
 * Stores a tab's states (replacing earlier ones) within TAB_STATES_MAX_BYTES: states past what
 * fits are kept as a short "too much data" note instead of their listings. Returns what was stored.
 */
export async function saveTabStates(tabId: number, value: TabStates): Promise<TabStates> {
  const k = keyOf(tabId);
  const { states } = value;
  const withTail = (n: number) => ({
    key: value.key,
    states: [...states.slice(0, n), ...states.slice(n).map(() => tooMuch)],
  });
  const n = fitPrefix(states, TAB_STATES_MAX_BYTES, (kept) => recordBytes(k, withTail(kept.length)));
  const kept = n === states.length ? value : withTail(n);
  await putTabRecord(tabId, k, kept, { touch: false });
  return kept;
}

/** Forgets a tab's states (closed tab, page gone). */
export async function clearTabStates(tabId: number): Promise<void> {
  await removeTabRecord(keyOf(tabId));
}

/** Every tab with stored states (to resume pending work after a restart). */
export async function allTabStates(): Promise<Map<number, TabStates>> {
  const all = await browser.storage.session.get(null);
  const out = new Map<number, TabStates>();
  for (const [k, v] of Object.entries(all)) {
    const tabId = tabOfStatesKey(k);
    const parsed = tabId === null ? null : parseTabStates(v);
    if (tabId !== null && parsed) out.set(tabId, parsed);
  }
  return out;
}
