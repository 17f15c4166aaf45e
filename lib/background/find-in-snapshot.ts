import { parseHTML } from 'linkedom';
import { detectMentionsChunked } from '../detect';
import { isMention, toPlainMention } from '../detect/validate';
import { mentionIdOf } from '../mention-id';
import { MAX_PAGE_MENTIONS, SNAPSHOT_INDEX_ATTR, type FoundMentions, type PageSnapshotMessage } from '../protocol';

/** The detector yields this often so other messages are answered while a long page is read. */
const SLICE_MS = 40;

/**
 * Runs the detector on a page snapshot parsed with linkedom: the mentions in page order (plain,
 * validated, at most MAX_PAGE_MENTIONS), each one's element index in the snapshot and its id.
 */
export async function findInSnapshot(snapshot: PageSnapshotMessage, signal?: AbortSignal): Promise<FoundMentions> {
  const { document } = parseHTML(snapshot.html);
  const doc = document as unknown as Document;
  // The tab sends a snapshot only after its own pre-check said yes on the whole page.
  const found = await detectMentionsChunked(doc, snapshot.pageUrl, { signal, sliceMs: SLICE_MS, precheck: false });
  const out: FoundMentions & { ids: string[] } = { mentions: [], at: [], ids: [] };
  for (const m of found) {
    if (out.mentions.length >= MAX_PAGE_MENTIONS) break;
    const at = Number(m.element.getAttribute(SNAPSHOT_INDEX_ATTR) ?? NaN);
    const plain = toPlainMention(m);
    if (!Number.isInteger(at) || at < 0 || !isMention(plain)) continue;
    out.mentions.push(plain);
    out.at.push(at);
    out.ids.push(mentionIdOf(plain));
  }
  return out;
}
