import type { Ctx, Line } from './context';
import { signature } from './siblings';

/** One record of a repeated group: the sibling elements it spans and the lines they hold. */
export interface Rec {
  els: Element[];
  lines: Line[];
}

/** Records that repeat one structure under one parent (list items, grid cards, slides, h3 + p + p sections). */
export interface RecordGroup {
  parent: Element;
  recs: Rec[];
  /** 'el': each record is one element sharing a tag and class signature; 'seq': a repeated run of siblings. */
  kind: 'el' | 'seq';
}

// A record longer than this is a page section, not one product.
const MAX_LINES = 12;
const UP = 8;
const HEAD = /^H[2-6]$/;
const isHead = (e: Element) => HEAD.test(e.tagName.toUpperCase());

/** Each element's first and last line index, for every ancestor up to UP levels above a line's block. */
function spans(ctx: Ctx): Map<Element, [number, number]> {
  const m = new Map<Element, [number, number]>();
  for (const l of ctx.lines) {
    let e: Element | null = l.el;
    for (let up = 0; e && up < UP; up++, e = e.parentElement) {
      const r = m.get(e);
      if (r) r[1] = l.i;
      else m.set(e, [l.i, l.i]);
    }
  }
  return m;
}

// A single line longer than this is a prose paragraph: paragraphs repeat too, but they are no records.
const PROSE_WORDS = 16;
const recordLike = (r: Rec) =>
  r.lines.length > 0 &&
  r.lines.length <= MAX_LINES &&
  (r.lines.length > 1 || r.lines[0]!.text.split(/\s+/).length <= PROSE_WORDS);

const body = (e: Element) => /^(?:BODY|HTML|MAIN)$/i.test(e.tagName);

/** Splits a parent's children into runs that start at each `head` signature; the runs are records if they repeat. */
function runs(kids: Element[], sigs: string[], head: string, heading: boolean): Element[][] {
  const out: Element[][] = [];
  let cur: Element[] | null = null;
  for (let k = 0; k < kids.length; k++) {
    if (sigs[k] === head) out.push((cur = [kids[k]!]));
    // A heading of a higher level ends the run: the article moved on.
    else if (cur && !(heading && /^H[1-6]$/i.test(kids[k]!.tagName) && kids[k]!.tagName <= head.slice(0, 2)))
      cur.push(kids[k]!);
    else cur = null;
  }
  // The last run ends the parent and may carry the article's closing lines: it is no longer than the others.
  const most = Math.max(0, ...out.slice(0, -1).map((r) => r.length));
  if (out.length > 1 && out[out.length - 1]!.length > most) out[out.length - 1]!.length = most;
  return out;
}

/**
 * Finds repeated records by structure alone, as data-record mining does (MDR, DEPTA): siblings that
 * share a tag and class signature, and runs of siblings that repeat (a heading, its paragraphs, its
 * button). Every group has two records or more, each of at most MAX_LINES lines; no format is named.
 */
export function recordGroups(ctx: Ctx): RecordGroup[] {
  const sp = spans(ctx);
  const linesOf = (els: Element[]): Line[] => {
    const rs = els.map((e) => sp.get(e)).filter((r): r is [number, number] => !!r);
    if (!rs.length) return [];
    return ctx.lines.slice(Math.min(...rs.map((r) => r[0])), Math.max(...rs.map((r) => r[1])) + 1);
  };
  const parents = new Set<Element>();
  for (const e of sp.keys()) if (e.parentElement && sp.has(e.parentElement)) parents.add(e.parentElement);
  const out: RecordGroup[] = [];
  for (const p of parents) {
    const kids = [...p.children].filter((k) => sp.has(k));
    if (kids.length < 2) continue;
    const sigs = kids.map(signature);
    const count = new Map<string, number>();
    for (const s of sigs) count.set(s, (count.get(s) ?? 0) + 1);
    for (const [s, n] of count) {
      if (n < 2) continue;
      const recs = kids
        .filter((_, k) => sigs[k] === s)
        .map((e) => ({ els: [e], lines: linesOf([e]) }))
        .filter(recordLike);
      if (recs.length >= 2 && !body(p)) out.push({ parent: p, recs, kind: 'el' });
    }
    // Runs: the earliest repeated signature that opens runs of more than one element (h3, p, p, a; h3, p, p, a).
    let best: Element[][] | null = null;
    // Headings open runs first (a heading, then its paragraphs and buttons); else the earliest repeated element.
    const order = kids.map((_, k) => k).sort((a, b) => +isHead(kids[b]!) - +isHead(kids[a]!) || a - b);
    for (const k of order) {
      const s = sigs[k]!;
      if (best || (count.get(s) ?? 0) < 2 || sigs[k + 1] === s) continue;
      const heading = isHead(kids[k]!);
      const rs = runs(kids, sigs, s, heading).filter((r) => r.length >= 2);
      if (rs.length < 2) continue;
      const shape = rs.map((r) => r.map((e) => signature(e)).join(' '));
      const same = new Set(shape).size < shape.length;
      if (heading || same) best = rs;
    }
    if (!best) continue;
    const recs = best.map((els) => ({ els, lines: linesOf(els) })).filter(recordLike);
    if (recs.length >= 2) out.push({ parent: p, recs, kind: 'seq' });
  }
  return out;
}
