/** Lower-cases and strips accents so that "Église" and "eglise" compare equal. */
export function lowerNoAccents(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
}

/** `lowerNoAccents`, then punctuation and runs of whitespace become one space: "Acne  Studios!" → "acne studios". */
export function foldWords(s: string): string {
  return lowerNoAccents(s)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Trims and collapses internal whitespace (page text arrives with newlines and tabs). */
export function squash(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}
