import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { worthReading } from '../detect/precheck';
import { detectionEnabledFor, getSettings } from '../settings';
import type { FoundMention } from './found';
import type { PageWork } from './page-work';
import { createContentRunner } from './runner';
import { loadPageWork, type PageWorkModule } from './stage';

/** How the content script gets its second part: its own script in the extension (lib/content/stage.ts). */
export type PageWorkLoader = () => Promise<PageWorkModule>;

/**
 * The content script's work: watch the page, detect its mentions, report them and put save controls beside them.
 * The settings are read first, because a reader who turned Magpie off everywhere or for this site expects it to read
 * nothing there, not even the pre-check; past that, nothing touches the extension's API (messages) until the page
 * passes the pre-check: most pages fail it, and for them Magpie is a settings read and the pre-check. Only then is
 * the second part of the script (the snapshot, messages, reports and controls) loaded.
 */
export function runContent(ctx: ContentScriptContext, load: PageWorkLoader = loadPageWork): void {
  void start(ctx, load);
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
    createContentRunner({
      ctx,
      doc: document,
      detect: async (doc, pageUrl) => {
        // Most pages fail the cheap pre-check and never wake the background (nor load the second part).
        if (!worthReading(doc)) return (found = []);
        // The detector runs in the background, off the page's main thread, on a compact copy of the page.
        return (found = await (await pageWork()).detect(doc, pageUrl));
      },
      report: async (pageUrl, pageTitle, mentions) => (await pageWork()).report(pageUrl, pageTitle, mentions),
      send: async (report) => (await pageWork()).send(report, found),
    }).start();
  } catch (err) {
    // A content script must never break the page it runs in.
    console.warn('[magpie] content script failed to start', err);
  }
}

export { MAGPIE_UI_ATTR } from './mutations';
