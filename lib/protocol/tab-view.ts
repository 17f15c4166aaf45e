import type { TabView } from './messages';
import { MAX_REPORTED_MENTIONS as MAX_MENTIONS } from './limits';
import { isMention } from '../detect/validate';
import { isHttpUrl } from '../links/is-http-url';
import { isResolveState } from './resolve-state';
const MAX_ID = 2200;

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
    !(
      Array.isArray(t.images) &&
      t.images.length === mentions.length &&
      t.images.every((u) => u === null || (typeof u === 'string' && isHttpUrl(u) && u.length <= 2048))
    )
  )
    return false;
  return (
    mentions.every(isMention) &&
    states.every(isResolveState) &&
    savedIds.every((id) => id === null || (typeof id === 'string' && id.length > 0 && id.length <= MAX_ID))
  );
}
