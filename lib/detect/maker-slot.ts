import { makerOnly } from './brand';
import type { Line } from './context';
import { sameSiblings, signature } from './siblings';
import { clean } from './text';

// How far above a field its repeated record may start, and how many sibling records are read.
const UP = 6;
const MAX_SIBLINGS = 40;

/** The child of `e` with the given signature, at the given rank among children sharing it. */
function childAt(e: Element, sig: string, rank: number): Element | null {
  let n = 0;
  for (const k of Array.from(e.children)) if (signature(k) === sig && n++ === rank) return k;
  return null;
}

/**
 * Whether the line reading `text`, a field of a repeated record (a grid tile, a carousel slide), sits where the other
 * records print their maker: the same place in most sibling records holds a brand the gazetteer knows. A shop grid
 * sets the maker apart from the name ("Nike" over "AIR FORCE 1 - Sneaker low"), so an unknown label in that place
 * ("Even&Odd") is a maker too.
 */
export function makerSlot(lines: readonly Line[], text: string): boolean {
  const field = lines.find((l) => clean(l.text) === text)?.el;
  if (!field) return false;
  const path: [string, number][] = [];
  for (let e: Element | null = field, up = 0; e?.parentElement && up < UP; e = e.parentElement, up++) {
    const p: Element = e.parentElement;
    if (sameSiblings(e) >= 3 && up > 0) {
      let found = 0;
      let makers = 0;
      const sig = signature(e);
      for (const s of Array.from(p.children)) {
        if (s === e || signature(s) !== sig || found >= MAX_SIBLINGS) continue;
        let at: Element | null = s;
        for (let k = path.length - 1; k >= 0 && at; k--) at = childAt(at, path[k]![0], path[k]![1]);
        const t = (at?.textContent ?? '').replace(/\s+/g, ' ').trim();
        if (!at || !t) continue;
        found++;
        if (makerOnly(t)) makers++;
      }
      return makers >= 2 && makers >= 0.6 * found;
    }
    const sig = signature(e);
    let rank = 0;
    for (const s of Array.from(p.children)) {
      if (s === e) break;
      if (signature(s) === sig) rank++;
    }
    path.push([sig, rank]);
  }
  return false;
}

/** A record's line that names its maker: a brand the gazetteer knows, or one in the grid's maker slot. */
export function makerLine(lines: readonly Line[], text: string): boolean {
  return makerOnly(text) || makerSlot(lines, text);
}
