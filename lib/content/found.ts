import type { DetectedMention } from '../detect/types';
import { isMention, toPlainMention } from '../detect/validate';
import { isMentionId, rememberMentionId } from '../mention-id';
import { MAX_PAGE_MENTIONS } from '../protocol';

/** A mention found on the live page, with the id the background gave it when it sent one. */
export type FoundMention = DetectedMention & { id?: string };

/**
 * The background's findMentions answer mapped back onto the live page: each mention with the
 * element its snapshot index names, and its id when the answer carries one (remembered, so the
 * page never hashes it). Anything malformed (a bad mention, an index the snapshot did not hold,
 * an id of the wrong shape) is dropped, not trusted.
 */
export function toDetected(reply: unknown, elements: readonly Element[]): FoundMention[] {
  if (typeof reply !== 'object' || reply === null) return [];
  const { mentions, at, ids } = reply as { mentions?: unknown; at?: unknown; ids?: unknown };
  if (!Array.isArray(mentions) || !Array.isArray(at) || mentions.length !== at.length) return [];
  const given = Array.isArray(ids) && ids.length === mentions.length ? ids : null;
  const out: FoundMention[] = [];
  for (let k = 0; k < mentions.length && out.length < MAX_PAGE_MENTIONS; k++) {
    const i = at[k];
    const element = Number.isInteger(i) ? elements[i as number] : undefined;
    if (!element || !isMention(mentions[k])) continue;
    const plain = toPlainMention(mentions[k]);
    const id: unknown = given?.[k];
    if (isMentionId(id)) {
      rememberMentionId(plain, id);
      out.push({ ...plain, element, id });
    } else {
      out.push({ ...plain, element });
    }
  }
  return out;
}
