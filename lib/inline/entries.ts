import type { DetectedMention } from '../detect/types';
import { isMention, toPlainMention } from '../detect/validate';
import { MAX_REPORTED_MENTIONS } from '../content/report';
import type { InlineEntry } from './types';

/**
 * Pairs each detected mention's element with its index in the report the background keeps.
 * Mirrors `toReport`, which drops mentions the background would reject and caps the count, so
 * control i always saves reported mention i.
 */
export function inlineEntries(found: readonly DetectedMention[]): InlineEntry[] {
  const entries: InlineEntry[] = [];
  let index = 0;
  for (const m of found) {
    if (index >= MAX_REPORTED_MENTIONS) break;
    if (!isMention(toPlainMention(m))) continue;
    entries.push({ element: m.element, index });
    index++;
  }
  return entries;
}
