import type { DetectedMention } from '../detect/types';
import { isMention, toPlainMention } from '../detect/validate';
import { MAX_PAGE_MENTIONS } from '../protocol';

/**
 * The background's findMentions answer mapped back onto the live page: each mention with the
 * element its snapshot index names. Anything malformed (a bad mention, an index the snapshot did
 * not hold) is dropped, not trusted.
 */
export function toDetected(reply: unknown, elements: readonly Element[]): DetectedMention[] {
  if (typeof reply !== 'object' || reply === null) return [];
  const { mentions, at } = reply as { mentions?: unknown; at?: unknown };
  if (!Array.isArray(mentions) || !Array.isArray(at) || mentions.length !== at.length) return [];
  const out: DetectedMention[] = [];
  for (let k = 0; k < mentions.length && out.length < MAX_PAGE_MENTIONS; k++) {
    const i = at[k];
    const element = Number.isInteger(i) ? elements[i as number] : undefined;
    if (!element || !isMention(mentions[k])) continue;
    out.push({ ...toPlainMention(mentions[k]), element });
  }
  return out;
}
