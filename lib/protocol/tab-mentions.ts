import type { TabMentions } from './messages';
import { MAX_PAGE_TITLE, MAX_PAGE_URL, MAX_REPORTED_MENTIONS } from './limits';
import { isMention, toPlainMention } from '../detect/validate';
import { parseMentionImages } from '../links/mention-images';

/** Validates a reportMentions payload from a content script (or a stored one); null when it is malformed. */
export function parseTabMentions(v: unknown): TabMentions | null {
  if (typeof v !== 'object' || v === null) return null;
  const d = v as Record<string, unknown>;
  if (typeof d.pageUrl !== 'string' || d.pageUrl.length > MAX_PAGE_URL) return null;
  if (typeof d.pageTitle !== 'string') return null;
  if (!Array.isArray(d.mentions) || d.mentions.length > MAX_REPORTED_MENTIONS) return null;
  if (!d.mentions.every(isMention)) return null;
  const images = parseMentionImages(d.images, d.mentions.length);
  return {
    pageUrl: d.pageUrl,
    pageTitle: d.pageTitle.slice(0, MAX_PAGE_TITLE),
    mentions: d.mentions.map(toPlainMention),
    ...(images ? { images } : {}),
    ...(d.off === 'site' && d.mentions.length === 0 ? { off: 'site' as const } : {}),
  };
}
