import type { Candidate } from './context';
import { run } from './pipeline';
import type { DetectedMention } from './types';

// The evidence (claims, score, format) stays inside the detector.
const toMention = ({ claims, score, format, ...m }: Candidate): DetectedMention => m;

/**
 * Finds, in page order, every product a page recommends: article shopping lists, product cards,
 * captions, tables, slideshows, or the one product of a shop's product page. Reads only the DOM
 * (no layout), so it runs alike in a content script and on a parsed document.
 */
export function detectMentions(root: Document | Element, pageUrl: string): DetectedMention[] {
  const it = run(root, pageUrl);
  for (;;) {
    const r = it.next();
    if (r.done) return r.value.map(toMention);
  }
}

export interface ChunkOptions {
  signal?: AbortSignal;
  /** Longest stretch of work before yielding to the event loop. */
  sliceMs?: number;
  /**
   * False when the page already passed the pre-check in its tab: a snapshot keeps the page's products but not
   * necessarily all the evidence the pre-check read (headings, the blog's own voice), so it is not asked again.
   */
  precheck?: boolean;
}

/**
 * detectMentions in slices of about `sliceMs` (default 8 ms), yielding to the event loop between
 * them so a big page stays responsive. Rejects with the signal's reason when aborted.
 */
export async function detectMentionsChunked(
  root: Document | Element,
  pageUrl: string,
  opts: ChunkOptions = {},
): Promise<DetectedMention[]> {
  const slice = opts.sliceMs ?? 8;
  const it = run(root, pageUrl, undefined, opts.precheck ?? true);
  let t = performance.now();
  for (;;) {
    opts.signal?.throwIfAborted();
    const r = it.next();
    if (r.done) return r.value.map(toMention);
    if (performance.now() - t >= slice) {
      await new Promise((ok) => setTimeout(ok, 0));
      t = performance.now();
    }
  }
}

export type { Mention, DetectedMention } from './types';
