import type { DetectedMention } from './types';

/**
 * Finds, in page order, every product a page recommends.
 * Placeholder until the detector lands: finds nothing.
 */
export function detectMentions(_root: Document | Element, _pageUrl: string): DetectedMention[] {
  return [];
}

export type { Mention, DetectedMention } from './types';
