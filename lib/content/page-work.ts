import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Mention } from '../detect/types';
import { createContentInlineApi, inlineEntries, mountInlineControls } from '../inline';
import type { InlineApi, InlineControls } from '../inline';
import { sendMessage, type TabMentions } from '../protocol';
import type { Settings } from '../settings';
import { toDetected, type FoundMention } from './found';
import { toReport } from './report';
import { snapshotPage } from './snapshot';

/**
 * The content script's work on a page that passed the pre-check (or on a site the reader switched off): the
 * snapshot, the messages to the background, the reports and the inline controls. It is the second part of the
 * content script (lib/content/stage.ts), loaded only when needed, so a page that fails the pre-check never compiles
 * it.
 */
export interface PageWork {
  /** Detects the page's mentions in the background, on a compact snapshot; each keeps its element. */
  detect(doc: Document, pageUrl: string): Promise<readonly FoundMention[]>;
  /** The report of what was found (lib/content/report.ts). */
  report(pageUrl: string, pageTitle: string, found: readonly Mention[]): TabMentions;
  /** Reports to the background, then puts save controls beside `found`, the mentions the report was made of. */
  send(report: TabMentions, found: readonly FoundMention[]): Promise<void>;
  /** Tells the background that Magpie is off for this site (the origin alone), so the popup offers to switch it on. */
  reportOff(): Promise<void>;
}

/** Makes the page work for one content-script context, with the settings it already read for this page. */
export function createPageWork(ctx: ContentScriptContext, settings: Promise<Settings>): PageWork {
  let controls: InlineControls | null = null;
  let inlineApi: InlineApi | null = null;
  return {
    async detect(doc, pageUrl) {
      const snapshot = snapshotPage(doc);
      const { html, truncated } = snapshot;
      const reply = await sendMessage('findMentions', { pageUrl, html, truncated });
      return toDetected(reply, snapshot.elements);
    },
    report: toReport,
    async send(report, found) {
      await sendMessage('reportMentions', report);
      controls?.remove();
      controls = await mountInlineControls(
        ctx,
        inlineEntries(found),
        (inlineApi ??= createContentInlineApi(location.hostname, settings)),
      );
    },
    reportOff: () =>
      sendMessage('reportMentions', { pageUrl: `${location.origin}/`, pageTitle: '', mentions: [], off: 'site' }),
  };
}
