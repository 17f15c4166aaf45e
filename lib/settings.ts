import { browser, type Browser } from 'wxt/browser';
import { SETTINGS_KEY } from './protocol/storage-keys';

/** What the user can switch on the options page. */
export interface Settings {
  /** Look for products on pages at all. */
  detection: boolean;
  /** Sites (host names) where detection stays off; a site covers its subdomains. */
  detectionOffSites: string[];
  /** Show save buttons beside products on article pages. */
  inline: boolean;
  /** Sites where the save buttons stay off. */
  inlineOffSites: string[];
  /**
   * The reader turned live price checks on. Host permission alone is not consent: Firefox grants
   * the content script's hosts at install, so the shop fetches also wait for this choice.
   */
  livePrices: boolean;
}

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  detection: true,
  detectionOffSites: [],
  inline: true,
  inlineOffSites: [],
  // Test builds check prices against the local fixture shops without a click.
  livePrices: __MAGPIE_TEST_BUILD__,
});

const MAX_SITES = 500;
const MAX_HOST = 253;

/**
 * The host name a user means by what they typed: "https://www.Vogue.com/x" and "vogue.com"
 * both give "vogue.com". Null for anything that is not a plausible host.
 */
export function normalizeSite(input: string): string | null {
  const text = input.trim().toLowerCase();
  if (!text || text.length > 2048) return null;
  let host: string;
  try {
    host = new URL(/^[a-z][a-z0-9+.-]*:\/\//.test(text) ? text : `https://${text}`).hostname;
  } catch {
    return null;
  }
  host = host.replace(/^www\./, '').replace(/\.$/, '');
  const plausible = /^[a-z0-9-]+(\.[a-z0-9-]+)*$/.test(host) || /^\[[0-9a-f:.]+\]$/.test(host);
  if (host.length > MAX_HOST || !plausible) return null;
  return host;
}

function siteList(v: unknown): string[] {
  if (!Array.isArray(v)) return [];
  const out = new Set<string>();
  for (const s of v) {
    const host = typeof s === 'string' ? normalizeSite(s) : null;
    if (host) out.add(host);
    if (out.size >= MAX_SITES) break;
  }
  return [...out].sort();
}

/** Settings from storage (or anywhere untrusted): unknown fields dropped, bad ones replaced by defaults. */
export function parseSettings(v: unknown): Settings {
  const r = typeof v === 'object' && v !== null ? (v as Record<string, unknown>) : {};
  return {
    detection: typeof r.detection === 'boolean' ? r.detection : DEFAULT_SETTINGS.detection,
    detectionOffSites: siteList(r.detectionOffSites),
    inline: typeof r.inline === 'boolean' ? r.inline : DEFAULT_SETTINGS.inline,
    inlineOffSites: siteList(r.inlineOffSites),
    livePrices: typeof r.livePrices === 'boolean' ? r.livePrices : DEFAULT_SETTINGS.livePrices,
  };
}

/** True when `hostname` is one of `sites` or a subdomain of one. */
export function siteListed(sites: readonly string[], hostname: string): boolean {
  // Most readers list no site: every page's content script asks, and the host's two regexes cost it compiles.
  if (!sites.length) return false;
  const host = hostname
    .toLowerCase()
    .replace(/^www\./, '')
    .replace(/\.$/, '');
  return sites.some((s) => host === s || host.endsWith(`.${s}`));
}

/** Whether Magpie looks for products on a page of `hostname`. */
export function detectionEnabledFor(s: Settings, hostname: string): boolean {
  return s.detection && !siteListed(s.detectionOffSites, hostname);
}

/** Whether save buttons appear beside products on a page of `hostname` (never where detection is off). */
export function inlineEnabledFor(s: Settings, hostname: string): boolean {
  return detectionEnabledFor(s, hostname) && s.inline && !siteListed(s.inlineOffSites, hostname);
}

// Plain storage calls (no storage library) keep the content script small.

/** The current settings, validated. */
export async function getSettings(): Promise<Settings> {
  const stored = await browser.storage.local.get(SETTINGS_KEY);
  return parseSettings(stored[SETTINGS_KEY]);
}

/** Stores settings after validating them; returns what was stored. */
export async function saveSettings(next: Settings): Promise<Settings> {
  const clean = parseSettings(next);
  await browser.storage.local.set({ [SETTINGS_KEY]: clean });
  return clean;
}

/** Applies `change` to the stored settings. */
export async function updateSettings(change: (s: Settings) => Settings): Promise<Settings> {
  return saveSettings(change(await getSettings()));
}

/** Calls `cb` with the validated settings whenever they change; returns the stop function. */
export function watchSettings(cb: (s: Settings) => void): () => void {
  const listener = (changes: Record<string, Browser.storage.StorageChange>, area: string) => {
    const change = changes[SETTINGS_KEY];
    if (area !== 'local' || !change) return;
    const next = parseSettings(change.newValue);
    // A write of equal settings is no change (the old storage item skipped these too).
    if (JSON.stringify(next) !== JSON.stringify(parseSettings(change.oldValue))) cb(next);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

/** Where the options page reads and writes settings; tests hand in an in-memory one. */
export interface SettingsStore {
  get(): Promise<Settings>;
  save(next: Settings): Promise<Settings>;
  watch(cb: (s: Settings) => void): () => void;
}

/** The extension's settings in browser storage. */
export const browserSettingsStore: SettingsStore = { get: getSettings, save: saveSettings, watch: watchSettings };
