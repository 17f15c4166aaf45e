const SENTENCE = /(?:\p{Ll}{2}|\d|[)"”'’])[.!?]\s+(?=[\p{Lu}&"“])/gu;

/** Start of the last sentence within text (0 when there is one sentence). */
export function lastSentence(text: string): number {
  let at = 0;
  for (const m of text.matchAll(SENTENCE)) at = m.index + m[0].length;
  return at;
}
