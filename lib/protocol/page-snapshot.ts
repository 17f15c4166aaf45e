import { MAX_PAGE_URL } from './limits';
import { PAGE_SNAPSHOT_MAX_CHARS, type PageSnapshotMessage } from './messages';

/** The snapshot may overrun its character cap by the closing tags and one escaped text run. */
const MAX_HTML = PAGE_SNAPSHOT_MAX_CHARS * 2;
/** Validates a findMentions message; null when malformed. */
export function parsePageSnapshot(v: unknown): PageSnapshotMessage | null {
  if (typeof v !== 'object' || v === null) return null;
  const d = v as Record<string, unknown>;
  if (typeof d.pageUrl !== 'string' || d.pageUrl.length > MAX_PAGE_URL || !/^https?:\/\//i.test(d.pageUrl)) return null;
  if (typeof d.html !== 'string' || d.html.length > MAX_HTML) return null;
  return { pageUrl: d.pageUrl, html: d.html, truncated: d.truncated === true };
}
