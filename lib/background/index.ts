import { browser } from 'wxt/browser';
import { onMessage, parsePageSnapshot, parseTabMentions } from '../protocol';
import { installBundledGazetteer } from '../gazetteer/bundled';
import { setBadgeCount, setBadgeError } from './badge';
import { SessionFullError, setEvictionListener } from './session-budget';
import { answerTabView, registerResolve } from './resolve-register';
import { registerSaveMention } from './save-mention';
import { savedIdsForTab } from './save-ids';
import { registerContextMenu } from './context-menu';
import { installNetGuard } from './net-guard';
import { clearTabMentions, saveTabMentions } from './tab-mentions';
import { registerTracking } from './tracking';
import { findMentionsForTab } from './find-mentions';
import { installWorkerModules } from './worker-modules';
import { afterWakeUp } from './after-wake';
import { gazetteerReady } from './gazetteer-ready';

/** Wires every background handler; called once from the background entrypoint. */
export function registerBackground(): void {
  installWorkerModules();
  installBundledGazetteer();
  // Blocks Magpie's own requests to private addresses (every redirect hop, and images its pages load).
  // Session rules outlive a stopped worker, so a wake-up checks them after its event: reading them
  // back first held up every cold answer. Every shop fetch awaits the installation itself; a browser
  // start or an install (which clear session rules) installs them at once.
  afterWakeUp(installNetGuard);
  // Read ahead once the waking event had its turn, so a later lookup rarely waits for it.
  afterWakeUp(() => gazetteerReady().catch(() => undefined));
  browser.runtime.onStartup.addListener(() => void installNetGuard());
  browser.runtime.onInstalled.addListener(() => void installNetGuard());
  // Content scripts carry no detector: they send a page that passed the pre-check, read into a snapshot.
  onMessage('findMentions', async ({ data, sender }) => {
    // Only Magpie's own content script in a tab; the page itself cannot reach runtime messaging.
    const tabId = sender.tab?.id;
    if (sender.id !== browser.runtime.id || tabId === undefined) throw new Error('not from a Magpie content script');
    const snapshot = parsePageSnapshot(data);
    if (!snapshot) throw new Error('malformed page snapshot');
    // No gazetteerReady() wait: the detector reads its own copy of the data (Firefox's bundle, Chromium's offscreen
    // document), so a cold worker answers without first reading the data file.
    const found = await findMentionsForTab(tabId, snapshot);
    // The count is known now: show it without waiting for the content script's report round trip and
    // the storage write. reportMentions sets it again from what was kept (the top frame owns the tab).
    if ((sender.frameId ?? 0) === 0) void setBadgeCount(tabId, found.mentions.length);
    return found;
  });

  onMessage('reportMentions', async ({ data, sender }) => {
    const tabId = sender.tab?.id;
    // Only content scripts in a tab report mentions; a frame other than the top one does not own the tab.
    if (tabId === undefined || (sender.frameId ?? 0) !== 0) return;
    const parsed = parseTabMentions(data);
    if (!parsed) return;
    try {
      const kept = await saveTabMentions(tabId, parsed);
      await setBadgeCount(tabId, kept.mentions.length);
    } catch (err) {
      // Nothing could be kept even after evicting older tabs: say so on the button, not silently.
      if (err instanceof SessionFullError) await setBadgeError(tabId, err.message);
      else throw err;
    }
    // The answer is the tab's view after the report, which the page's controls would otherwise ask for next: one
    // message less on the page. A page switched off shows no controls and asks for none.
    return parsed.off ? undefined : answerTabView(tabId);
  });

  // A tab evicted to make room for newer ones shows no count it can no longer back.
  setEvictionListener((tabId) => void setBadgeCount(tabId, 0));
  browser.tabs.onRemoved.addListener((tabId) => {
    void clearTabMentions(tabId);
  });
  // A new document in the tab makes the old page's mentions stale; its content script reports afresh.
  // (Chrome clears the badge itself on navigation; the stored mentions need this.)
  browser.tabs.onUpdated.addListener((tabId, info) => {
    if (info.status === 'loading') void clearTabMentions(tabId);
  });

  registerResolve({ savedIds: savedIdsForTab });
  registerSaveMention();
  registerContextMenu();
  registerTracking();
}
