import { isHttpUrl } from './is-http-url';

const MAX_IMAGE_URL = 2048;

/**
 * The `images` of a tab report or view that crossed a boundary: one entry per mention, each an
 * http(s) URL or null. Anything else becomes null, and a list of the wrong length is dropped,
 * so a bad picture never costs the mentions.
 */
export function parseMentionImages(v: unknown, count: number): (string | null)[] | undefined {
  if (!Array.isArray(v) || v.length !== count) return undefined;
  return v.map((u) => (typeof u === 'string' && u.length <= MAX_IMAGE_URL && isHttpUrl(u) ? u : null));
}
