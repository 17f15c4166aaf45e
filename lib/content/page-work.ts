import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Mention } from '../detect/types';
import { createContentInlineApi, inlineEntries, mountInlineControls } from '../inline';
import type { InlineApi, InlineControls } from '../inline';
import { isTabView, sendMessage, type TabMentions } from '../protocol';
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
      controls?.remove();
      controls = null;
      const api = (inlineApi ??= createContentInlineApi(location.hostname, settings));
      // The report's answer is the tab's view after it, the first thing the controls ask for: they take it as that
      // answer, so a load sends one message less. The controls listen for pushes before the report leaves (their
      // first question is asked once they do), so no push the report sets off can slip past them.
      let reported: Promise<unknown> | null = null;
      const report$ = () => (reported ??= sendMessage('reportMentions', report));
      const first: InlineApi = {
        ...api,
        getTabView: () => (reported ? api.getTabView() : report$().then((v) => (isTabView(v) ? v : null))),
      };
      const mounting = mountInlineControls(ctx, inlineEntries(found), first);
      try {
        // Sent by now (the controls asked as they started), or here if they could not start.
        await report$();
      } catch (err) {
        // Not reported: no controls for mentions the background does not hold.
        void mounting.then(
          (c) => c.remove(),
          () => {},
        );
        throw err;
      }
      controls = await mounting;
    },
    reportOff: async () => {
      await sendMessage('reportMentions', { pageUrl: `${location.origin}/`, pageTitle: '', mentions: [], off: 'site' });
    },
  };
}
