import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { worthReading } from '../detect/precheck';
import { detectionEnabledFor, getSettings } from '../settings';
import type { FoundMention } from './found';
import type { PageWork } from './page-work';
import { waitForPrecheck } from './gate';
import { createContentRunner } from './runner';
import { loadPageWork, type PageWorkModule } from './stage';

/** How the content script gets its second part: its own script in the extension (lib/content/stage.ts). */
export type PageWorkLoader = () => Promise<PageWorkModule>;

/**
 * The content script's work: wait for the page to pass the pre-check, then detect its mentions, report them and put
 * save controls beside them. Most pages never pass it, and for them Magpie is the pre-check in an idle moment and one
 * MutationObserver that tests the page again once its content changes (lib/content/gate.ts): no settings read, no
 * message, no second script. Past the pre-check the settings are read: where the reader turned Magpie off everywhere
 * it stops there, and on a site switched off it only says so (the origin alone), so the popup offers to switch it
 * back on. Only then is the second part of the script (the snapshot, messages, reports and controls) loaded.
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
    let work: PageWork | null = null;
    const pageWork = async (): Promise<PageWork> => (work ??= (await load()).createPageWork(ctx, settings));
    if (!detectionEnabledFor(s, location.hostname)) {
      // Off for this site only: say so (the origin alone), so the popup offers to switch it back on.
      if (s.detection) await (await pageWork()).reportOff();
      return;
    }
    let found: readonly FoundMention[] = [];
    // The page passed the pre-check a moment ago: the first reading need not test it again.
    let passed = true;
    createContentRunner({
      ctx,
      doc: document,
      detect: async (doc, pageUrl) => {
        // A page that no longer passes (a single-page app moved on to a page without products) is not read.
        const worth = passed || worthReading(doc);
        passed = false;
        if (!worth) return (found = []);
        // The detector runs in the background, off the page's main thread, on a compact copy of the page.
        return (found = await (await pageWork()).detect(doc, pageUrl));
      },
      report: async (pageUrl, pageTitle, mentions) => (await pageWork()).report(pageUrl, pageTitle, mentions),
      send: async (report) => (await pageWork()).send(report, found),
      // At once: the page passed in an idle moment, left only for the settings read.
    }).start({ now: true });
  } catch (err) {
    console.warn('[magpie] content script failed to start', err);
  }
}

export { MAGPIE_UI_ATTR } from './mutations';
