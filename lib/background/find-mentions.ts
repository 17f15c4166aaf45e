import { parseHTML } from 'linkedom';
import { detectMentionsChunked } from '../detect';
import { isMention, toPlainMention } from '../detect/validate';
import {
  MAX_PAGE_MENTIONS,
  PAGE_SNAPSHOT_MAX_CHARS,
  SNAPSHOT_INDEX_ATTR,
  type FoundMentions,
  type PageSnapshotMessage,
} from '../protocol';

/** The snapshot may overrun its character cap by the closing tags and one escaped text run. */
const MAX_HTML = PAGE_SNAPSHOT_MAX_CHARS * 2;
/** Longest the detector may run on one snapshot before it is given up. */
const DETECT_TIMEOUT_MS = 10_000;
/** The detector yields this often so other messages are answered while a long page is read. */
const SLICE_MS = 40;

/** Validates a findMentions message; null when malformed. */
export function parsePageSnapshot(v: unknown): PageSnapshotMessage | null {
  if (typeof v !== 'object' || v === null) return null;
  const d = v as Record<string, unknown>;
  if (typeof d.pageUrl !== 'string' || d.pageUrl.length > 4096 || !/^https?:\/\//i.test(d.pageUrl)) return null;
  if (typeof d.html !== 'string' || d.html.length > MAX_HTML) return null;
  return { pageUrl: d.pageUrl, html: d.html, truncated: d.truncated === true };
}

/**
 * Runs the detector on a page snapshot parsed with linkedom: the mentions in page order (plain,
 * validated, at most MAX_PAGE_MENTIONS) and each one's element index in the snapshot.
 */
export async function findInSnapshot(snapshot: PageSnapshotMessage, signal?: AbortSignal): Promise<FoundMentions> {
  const { document } = parseHTML(snapshot.html);
  const doc = document as unknown as Document;
  const found = await detectMentionsChunked(doc, snapshot.pageUrl, { signal, sliceMs: SLICE_MS });
  const out: FoundMentions = { mentions: [], at: [] };
  for (const m of found) {
    if (out.mentions.length >= MAX_PAGE_MENTIONS) break;
    const at = Number(m.element.getAttribute(SNAPSHOT_INDEX_ATTR) ?? NaN);
    const plain = toPlainMention(m);
    if (!Number.isInteger(at) || at < 0 || !isMention(plain)) continue;
    out.mentions.push(plain);
    out.at.push(at);
  }
  return out;
}

let queue: Promise<unknown> = Promise.resolve();

/**
 * findInSnapshot one page at a time (several tabs loading at once hold one parsed page in memory,
 * not several), each given up after DETECT_TIMEOUT_MS.
 */
export function findMentionsQueued(snapshot: PageSnapshotMessage): Promise<FoundMentions> {
  const run = queue.then(() => {
    const stop = new AbortController();
    const timer = setTimeout(() => stop.abort(new Error('detection took too long')), DETECT_TIMEOUT_MS);
    return findInSnapshot(snapshot, stop.signal).finally(() => clearTimeout(timer));
  });
  queue = run.catch(() => undefined);
  return run;
}
