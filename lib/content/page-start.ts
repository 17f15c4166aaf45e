import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Settings } from '../settings';
import type { FoundMention } from './found';
import { createPageWork } from './page-work';
import { createContentRunner } from './runner';

/**
 * The content script's work on a page that just passed the pre-check, with Magpie on for its site: detect its
 * mentions at once (the page passed in an idle moment), report them, put save controls beside them, and keep doing so
 * as the page changes or navigates. Part of the content script's second part (lib/content/stage.ts), so a page that
 * never passes never compiles the run loop either; the pre-check comes from the first part.
 */
export function startPageWork(
  ctx: ContentScriptContext,
  settings: Promise<Settings>,
  worthReading: (doc: Document) => boolean,
): void {
  const work = createPageWork(ctx, settings);
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
      return (found = await work.detect(doc, pageUrl));
    },
    report: (pageUrl, pageTitle, mentions) => work.report(pageUrl, pageTitle, mentions),
    send: (report) => work.send(report, found),
  }).start({ now: true });
}
