import type { TabView } from './messages';
import { MAX_REPORTED_MENTIONS as MAX_MENTIONS } from './limits';
import { isMention } from '../detect/validate';
import { isHttpUrl } from '../links/is-http-url';
import { isResolveState } from './resolve-state';
const MAX_ID = 2200;
const MAX_IMAGE_URL = 2048;

/**
 * Image URLs a view already passed with. Each whole view a tab receives names its pictures again (the answer to its
 * question, then the first push of the run), and parsing each as a URL was most of what checking a view of 200
 * mentions cost the page: a string seen valid once is valid again. Bounded, so a long session cannot grow it.
 */
const goodImages = new Set<string>();
const MAX_GOOD_IMAGES = 1000;

function isImageUrl(u: unknown): boolean {
  if (u === null) return true;
  if (typeof u !== 'string' || u.length > MAX_IMAGE_URL) return false;
  if (goodImages.has(u)) return true;
  if (!isHttpUrl(u)) return false;
  if (goodImages.size >= MAX_GOOD_IMAGES) goodImages.clear();
  goodImages.add(u);
  return true;
}

/** Type guard for a tab view that crossed a message boundary: parallel arrays of equal length. */
export function isTabView(v: unknown): v is TabView {
  if (typeof v !== 'object' || v === null) return false;
  const t = v as Record<string, unknown>;
  if (typeof t.pageUrl !== 'string' || typeof t.pageTitle !== 'string') return false;
  const { mentions, states, savedIds } = t;
  if (!Array.isArray(mentions) || !Array.isArray(states) || !Array.isArray(savedIds)) return false;
  if (mentions.length > MAX_MENTIONS || states.length !== mentions.length || savedIds.length !== mentions.length)
    return false;
  if (t.off !== undefined && t.off !== 'site') return false;
  if (
    t.images !== undefined &&
    !(Array.isArray(t.images) && t.images.length === mentions.length && t.images.every(isImageUrl))
  )
    return false;
  return (
    mentions.every(isMention) &&
    states.every(isResolveState) &&
    savedIds.every((id) => id === null || (typeof id === 'string' && id.length > 0 && id.length <= MAX_ID))
  );
}
