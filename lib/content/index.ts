import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { detectMentionsChunked } from '../detect';
import { worthReading } from '../detect/precheck';
import type { DetectedMention } from '../detect/types';
import { createContentInlineApi, inlineEntries, mountInlineControls, type InlineControls } from '../inline';
import { sendMessage } from '../protocol';
import { detectionEnabledFor, getSettings } from '../settings';
import { ensureGazetteer } from './gazetteer-loader';
import { createContentRunner } from './runner';

/** The content script's work: watch the page, detect its mentions, report them and put save controls beside them. */
export async function runContent(ctx: ContentScriptContext): Promise<void> {
  try {
    // The reader can turn Magpie off everywhere or for this site: then it reads nothing here.
    const settings = await getSettings();
    if (ctx.isInvalid) return;
    if (!detectionEnabledFor(settings, location.hostname)) {
      // Off for this site only: say so (the origin alone), so the popup offers to switch it back on.
      if (settings.detection) await sendMessage('reportMentions', { pageUrl: `${location.origin}/`, pageTitle: '', mentions: [], off: 'site' });
      return;
    }
    let found: readonly DetectedMention[] = [];
    let controls: InlineControls | null = null;
    const inlineApi = createContentInlineApi();
    createContentRunner({
      ctx,
      doc: document,
      detect: async (doc, pageUrl) => {
        // Most pages fail the cheap pre-check and never load the brand and retailer data.
        if (!worthReading(doc)) return (found = []);
        await ensureGazetteer(() => sendMessage('getGazetteerData', undefined));
        // In slices, so a long page stays responsive; stops when the context ends.
        return (found = await detectMentionsChunked(doc, pageUrl, { signal: ctx.signal }));
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
