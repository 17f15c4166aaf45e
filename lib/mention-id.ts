import type { Mention } from './detect/types';

/** The longest mention id a message may carry ("m" and two 14-digit base-36 halves at most). */
export const MAX_MENTION_ID = 40;

const norm = (s: string | null): string => (s ?? '').normalize('NFKC').replace(/\s+/g, ' ').trim().toLowerCase();

// cyrb53: a fast 53-bit string hash; two seeds give ~106 bits, so distinct products on one page
// never share an id by accident. It is not meant to resist crafted collisions: the page already
// writes the text beside each control, so all the id has to guarantee is that a click means the
// product it was made for, whatever the page reports meanwhile.
function cyrb53(str: string, seed: number): number {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < str.length; i++) {
    const ch = str.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/**
 * A mention's stable id: a hash of its normalised brand, name and link, the same in the content
 * script and the background and across re-reports of the page. Saves name a mention by this id
 * rather than by its position in the latest report, so a page that re-reports while the reader
 * clicks cannot make the click save (or remove) another product. Two mentions of one product
 * (same brand, name and link) share an id, which is harmless: they save the same wishlist row.
 */
export function mentionIdOf(m: Pick<Mention, 'brand' | 'name' | 'url'>): string {
  const raw = JSON.stringify([m.brand, m.name, m.url]);
  const known = recent.get(raw);
  if (known !== undefined) return known;
  const key = JSON.stringify([norm(m.brand), norm(m.name), (m.url ?? '').trim()]);
  const id = `m${cyrb53(key, 1).toString(36)}${cyrb53(key, 2).toString(36).padStart(11, '0')}`;
  // Every view a tab receives names its mentions again: their ids are remembered, not normalised anew.
  if (recent.size >= MAX_REMEMBERED) recent.clear();
  recent.set(raw, id);
  return id;
}

/**
 * Remembers `id` as the id of `m`, computed elsewhere by mentionIdOf (the background's answer to a page), so the
 * next mentionIdOf of the same fields is a lookup, not a hash.
 */
export function rememberMentionId(m: Pick<Mention, 'brand' | 'name' | 'url'>, id: string): void {
  if (recent.size >= MAX_REMEMBERED) recent.clear();
  recent.set(JSON.stringify([m.brand, m.name, m.url]), id);
}

/** Ids of the mentions seen lately, by their raw fields; a page has at most a few hundred. */
const recent = new Map<string, string>();
const MAX_REMEMBERED = 2000;

/** True for a string shaped like a mention id (what a saveMention message may carry). */
export function isMentionId(v: unknown): v is string {
  return typeof v === 'string' && v.length <= MAX_MENTION_ID && /^m[0-9a-z]+$/.test(v);
}

/** The index of the first of `mentions` with id `id`, or -1: the background's lookup of a save. */
export function indexOfMentionId(mentions: readonly Mention[], id: string): number {
  return mentions.findIndex((m) => mentionIdOf(m) === id);
}
