import type { DetectedMention } from '../detect/types';
import { isMention, toPlainMention } from '../detect/validate';
import { MAX_REPORTED_MENTIONS } from '../protocol';
import { mentionIdOf } from '../mention-id';
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
    entries.push({ element: m.element, id: mentionIdOf(plain) });
  }
  return entries;
}
