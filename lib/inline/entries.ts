import type { DetectedMention } from '../detect/types';
import { isMention, toPlainMention } from '../detect/validate';
import { MAX_REPORTED_MENTIONS } from '../protocol';
import { isMentionId, mentionIdOf } from '../mention-id';
import type { InlineEntry } from './types';

/**
 * Pairs each detected mention's element with its stable id. Mirrors `toReport`, which drops
 * mentions the background would reject and caps the count, so every control names a mention the
 * report carried; the background resolves the id against what it holds when the reader clicks.
 */
export function inlineEntries(found: readonly DetectedMention[]): InlineEntry[] {
  const entries: InlineEntry[] = [];
  for (const m of found) {
    if (entries.length >= MAX_REPORTED_MENTIONS) break;
    const plain = toPlainMention(m);
    if (!isMention(plain)) continue;
    // The background's id when it sent one (lib/content/found.ts): the same hash, not computed again here.
    const given = (m as { id?: unknown }).id;
    entries.push({ element: m.element, id: isMentionId(given) ? given : mentionIdOf(plain) });
  }
  return entries;
}
