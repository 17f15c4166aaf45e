import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { worthReading } from '../detect/precheck';
import type { DetectedMention } from '../detect/types';
import { createContentInlineApi, inlineEntries, mountInlineControls } from '../inline';
import type { InlineApi, InlineControls } from '../inline';
import { sendMessage } from '../protocol';
import { detectionEnabledFor, getSettings, type Settings } from '../settings';
import { snapshotPage } from './snapshot';
import { toDetected } from './found';
import { createContentRunner } from './runner';

/**
 * The content script's work: watch the page, detect its mentions, report them and put save controls beside them.
 * Nothing here touches the extension's API (storage, messages) until the page passes the pre-check: most pages
 * fail it, and for them Magpie is the pre-check and nothing more.
 */
export function runContent(ctx: ContentScriptContext): void {
  try {
    let found: readonly DetectedMention[] = [];
    let controls: InlineControls | null = null;
    let inlineApi: InlineApi | null = null;
    // Read once, when a page first passes the pre-check; later checks of the page reuse the answer.
    let settings: Promise<Settings> | null = null;
    let offReported = false;
    createContentRunner({
      ctx,
      doc: document,
      detect: async (doc, pageUrl) => {
        // Most pages fail the cheap pre-check and never wake the background.
        if (!worthReading(doc)) return (found = []);
        const s = await (settings ??= getSettings());
        // The reader can turn Magpie off everywhere or for this site: then it reads nothing here.
        if (!detectionEnabledFor(s, location.hostname)) {
          // Off for this site only: say so (the origin alone), so the popup offers to switch it back on.
          if (s.detection && !offReported) await reportOff();
          offReported = true;
          return (found = []);
        }
        // The detector runs in the background, off the page's main thread, on a compact copy of the page.
        const snapshot = snapshotPage(doc);
        const { html, truncated } = snapshot;
        const reply = await sendMessage('findMentions', { pageUrl, html, truncated });
        return (found = toDetected(reply, snapshot.elements));
      },
      send: async (report) => {
        await sendMessage('reportMentions', report);
        controls?.remove();
        controls = await mountInlineControls(
          ctx,
          inlineEntries(found),
          (inlineApi ??= createContentInlineApi(location.hostname, settings ?? undefined)),
        );
      },
    }).start();
  } catch (err) {
    // A content script must never break the page it runs in.
    console.warn('[magpie] content script failed to start', err);
  }
}

function reportOff(): Promise<void> {
  return sendMessage('reportMentions', { pageUrl: `${location.origin}/`, pageTitle: '', mentions: [], off: 'site' });
}

export { MAGPIE_UI_ATTR } from './mutations';
