import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { worthReading } from '../detect/precheck';
import { detectionEnabledFor, getSettings } from '../settings';
import { waitForPrecheck } from './gate';
import { loadPageWork, type PageWorkModule } from './stage';

/** How the content script gets its second part: its own script in the extension (lib/content/stage.ts). */
export type PageWorkLoader = () => Promise<PageWorkModule>;

/**
 * The content script's work: wait for the page to pass the pre-check, then detect its mentions, report them and put
 * save controls beside them. Most pages never pass it, and for them Magpie is the pre-check in an idle moment and one
 * MutationObserver that tests the page again once its content changes (lib/content/gate.ts): no settings read, no
 * message, no second script. Past the pre-check the settings are read: where the reader turned Magpie off everywhere
 * it stops there, and on a site switched off it only says so (the origin alone), so the popup offers to switch it
 * back on. Only then is the second part of the script (the run loop, the snapshot, messages, reports and controls)
 * loaded.
 */
export function runContent(ctx: ContentScriptContext, load: PageWorkLoader = loadPageWork): void {
  try {
    waitForPrecheck({ ctx, doc: document, passes: worthReading, onPass: () => void start(ctx, load) });
  } catch (err) {
    // A content script must never break the page it runs in.
    console.warn('[magpie] content script failed to start', err);
  }
}

async function start(ctx: ContentScriptContext, load: PageWorkLoader): Promise<void> {
  try {
    const settings = getSettings();
    const s = await settings;
    if (ctx.isInvalid) return;
    if (!detectionEnabledFor(s, location.hostname)) {
      // Off for this site only: say so (the origin alone), so the popup offers to switch it back on.
      if (s.detection) await (await load()).createPageWork(ctx, settings).reportOff();
      return;
    }
    // The run loop, the snapshot, the reports and the controls: all in the second part.
    (await load()).startPageWork(ctx, settings, worthReading);
  } catch (err) {
    console.warn('[magpie] content script failed to start', err);
  }
}

export { MAGPIE_UI_ATTR } from './mutations';
