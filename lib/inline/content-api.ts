import { sendMessage } from '../protocol';
import { isTabView } from '../protocol/tab-view';
import { subscribeTabDeltas, subscribeTabViews } from '../protocol/tab-view-hub';
import { getSettings, inlineEnabledFor, watchSettings, type Settings } from '../settings';
import type { InlineApi } from './types';

/**
 * The inline controls' API in a content script: the background answers for the sender's own
 * tab, so no tab id is sent, and settings come from extension storage.
 */
export function createContentInlineApi(
  hostname: string = location.hostname,
  /** Settings the content script already read for this page: not read from storage a second time. */
  settings?: Promise<Settings>,
): InlineApi {
  return {
    async getTabView() {
      const v = await sendMessage('getTabView', {});
      return isTabView(v) ? v : null;
    },
    onTabView: (cb) => subscribeTabViews((_tabId, view) => cb(view)),
    // The background sends a tab's deltas to that tab only.
    onTabDelta: (cb) => subscribeTabDeltas((_tabId, delta) => cb(delta)),
    saveMention: (mentionId, save) => sendMessage('saveMention', { mentionId, save }),
    watchEnabled(cb) {
      let alive = true;
      // The settings handed in serve the first mount only; a later one may follow changes since.
      const now = settings ?? getSettings();
      settings = undefined;
      now.then(
        (s) => alive && cb(inlineEnabledFor(s, hostname)),
        () => alive && cb(false),
      );
      const stop = watchSettings((s) => alive && cb(inlineEnabledFor(s, hostname)));
      return () => {
        alive = false;
        stop();
      };
    },
  };
}
