import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { worthReading } from '../detect/precheck';
import type { DetectedMention } from '../detect/types';
import { createContentInlineApi, inlineEntries, mountInlineControls } from '../inline';
import type { InlineApi, InlineControls } from '../inline';
import { sendMessage } from '../protocol';
import { detectionEnabledFor, getSettings } from '../settings';
import { snapshotPage } from './snapshot';
import { toDetected } from './found';
import { createContentRunner } from './runner';

/**
 * The content script's work: watch the page, detect its mentions, report them and put save controls beside them.
 * The settings are read first, because a reader who turned Magpie off everywhere or for this site expects it to read
 * nothing there, not even the pre-check; past that, nothing touches the extension's API (messages) until the page
 * passes the pre-check: most pages fail it, and for them Magpie is a settings read and the pre-check.
 */
export function runContent(ctx: ContentScriptContext): void {
  void start(ctx);
}

async function start(ctx: ContentScriptContext): Promise<void> {
  try {
    const settings = getSettings();
    const s = await settings;
    if (ctx.isInvalid) return;
    if (!detectionEnabledFor(s, location.hostname)) {
      // Off for this site only: say so (the origin alone), so the popup offers to switch it back on.
      if (s.detection) await reportOff();
      return;
    }
    let found: readonly DetectedMention[] = [];
    let controls: InlineControls | null = null;
    let inlineApi: InlineApi | null = null;
    createContentRunner({
      ctx,
      doc: document,
      detect: async (doc, pageUrl) => {
        // Most pages fail the cheap pre-check and never wake the background.
        if (!worthReading(doc)) return (found = []);
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
          (inlineApi ??= createContentInlineApi(location.hostname, settings)),
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
