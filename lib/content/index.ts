import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { detectMentions } from '../detect';
import { toPlainMention } from '../detect/validate';
import { sendMessage } from '../protocol';

/** The content script's work: detect on the page and report to the background. */
export function runContent(ctx: ContentScriptContext): void {
  if (ctx.isInvalid) return;
  const mentions = detectMentions(document, location.href).map(toPlainMention);
  void sendMessage('reportMentions', {
    pageUrl: location.href,
    pageTitle: document.title,
    mentions,
  }).catch(() => {});
}
