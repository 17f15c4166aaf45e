/** How a line is cut into the spans a pick may open (./maker-line): list segments, or the whole line. */
import { words } from '../text';

/** A list mark opening a line: "1 – ", "2. ", "3) ", "* ", "+", "• ". */
export const LIST_MARK = /^\s*(?:\d{1,2}\s*[.):/]|\d{1,2}\s+[–—-]|#\d{1,2}|[-–—•*·▪+►])\s*/u;
/** Separators of a credit list written on one line: " / ", " // ", " | ", " · ", " • ". */
const SEPARATOR = /\s+(?:\/\/?|\||·|•)\s+/gu;
/** Labels opening a caption's list: "Clockwise from top left:", "Top to bottom, L-R:", "On her:". */
const LIST_LABEL = /^[^:]{2,40}:\s+/u;
/** Most words of a list's comma segment, so a sentence's commas do not make a list. */
export const MAX_SEGMENT_WORDS = 7;
/** One span of a line that may hold a pick: its text and where it starts. */
export interface Span {
  t: string;
  at: number;
}

/** A line cut into list segments (" / ", " | ", a caption's short comma items), or null when it is no such list. */
export function segments(text: string): Span[] | null {
  // "Canvas shoes~ Bata": credits that name the piece first and its maker after a mark are read elsewhere.
  if (text.includes('~')) return null;
  const cut = (src: string, re: RegExp, base: number): Span[] => {
    const out: Span[] = [];
    let from = 0;
    for (const m of src.matchAll(re)) {
      out.push({ t: src.slice(from, m.index), at: base + from });
      from = m.index! + m[0].length;
    }
    out.push({ t: src.slice(from), at: base + from });
    return out;
  };
  const bars = cut(text, SEPARATOR, 0);
  if (bars.length >= 2) return bars;
  const label = LIST_LABEL.exec(text)?.[0].length ?? 0;
  const commas = cut(text.slice(label), /,\s+(?:and\s+)?|;\s+/gu, label);
  if (commas.length >= 3 && commas.every((s) => words(s.t).length <= MAX_SEGMENT_WORDS)) return commas;
  // "Zara dress & blazer. Asos boots. Chanel bag.": a credit list written as short sentences.
  const stops = cut(text, /\.\s+/gu, 0);
  if (stops.length >= 3 && stops.every((s) => words(s.t).length <= MAX_SEGMENT_WORDS / 2 + 1)) return stops;
  return null;
}
