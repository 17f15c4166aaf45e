import type { Mention } from '../detect/types';
import { isMention, toPlainMention } from '../detect/validate';
import { MAX_PAGE_TITLE, MAX_REPORTED_MENTIONS } from '../protocol/limits';
import type { TabMentions } from '../protocol';
import { mentionImage, type ImageMemo } from './mention-image';

/**
 * Builds the reportMentions payload: plain copies only (no page elements), and mentions the
 * background would reject are dropped here so one odd mention cannot void the whole report.
 */
export function toReport(pageUrl: string, pageTitle: string, found: readonly Mention[]): TabMentions {
  const mentions: Mention[] = [];
  const images: (string | null)[] = [];
  const memo: ImageMemo = new Map();
  for (const m of found) {
    if (mentions.length >= MAX_REPORTED_MENTIONS) break;
    const plain = toPlainMention(m);
    if (!isMention(plain)) continue;
    mentions.push(plain);
    // Detected mentions carry their element; the picture beside it goes along as a URL.
    const el = (m as { element?: unknown }).element;
    images.push(typeof Element !== 'undefined' && el instanceof Element ? mentionImage(el, pageUrl, memo) : null);
  }
  return { pageUrl, pageTitle: pageTitle.slice(0, MAX_PAGE_TITLE), mentions, images };
}
