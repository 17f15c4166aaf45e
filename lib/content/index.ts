import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { worthReading } from '../detect/precheck';
import type { DetectedMention } from '../detect/types';
import { createContentInlineApi, inlineEntries, mountInlineControls, type InlineControls } from '../inline';
import { sendMessage } from '../protocol';
import { detectionEnabledFor, getSettings } from '../settings';
import { snapshotPage } from './snapshot';
import { toDetected } from './found';
import { createContentRunner } from './runner';

/** The content script's work: watch the page, detect its mentions, report them and put save controls beside them. */
export async function runContent(ctx: ContentScriptContext): Promise<void> {
  try {
    // The reader can turn Magpie off everywhere or for this site: then it reads nothing here.
    const settings = await getSettings();
    if (ctx.isInvalid) return;
    if (!detectionEnabledFor(settings, location.hostname)) {
      // Off for this site only: say so (the origin alone), so the popup offers to switch it back on.
      if (settings.detection)
        await sendMessage('reportMentions', {
          pageUrl: `${location.origin}/`,
          pageTitle: '',
          mentions: [],
          off: 'site',
        });
      return;
    }
    let found: readonly DetectedMention[] = [];
    let controls: InlineControls | null = null;
    const inlineApi = createContentInlineApi();
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
        controls = await mountInlineControls(ctx, inlineEntries(found), inlineApi);
      },
    }).start();
  } catch (err) {
    // A content script must never break the page it runs in.
    console.warn('[magpie] content script failed to start', err);
  }
}

export { MAGPIE_UI_ATTR } from './mutations';
