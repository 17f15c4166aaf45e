import type { Candidate, Ctx, Format } from './context';

/**
 * One reader's candidates, or none when it fails. Pages are hostile and endlessly varied: a reader
 * that trips on one (an unforeseen shape of text, a stack overflow) must cost that page one way of
 * reading, not all of its mentions, and never the worker's task. The failure is logged with the
 * reader's id so it still shows in the console and in evaluation runs.
 */
export function readSafely(f: Format, ctx: Ctx): Candidate[] {
  try {
    return f.detect(ctx);
  } catch (err) {
    console.warn(`[magpie] detection reader ${f.id} failed on this page`, err);
    return [];
  }
}
