import type { Ctx, Line } from './context';
import { clusters } from './clusters';
import { signature } from './siblings';
import { words } from './text';

/**
 * Product blocks of buying guides and shopping round-ups: a title line (a heading, or a line in bold), a
 * paragraph or a few, and the offer on a short line of its own ("$98 at Nordstrom", "Prix : 250 €",
 * "£45, shop.com"). A guide repeats that block with one shape for every product; a news story's subheadings
 * over paragraphs that mention a price do not have a short offer line, so the shape's run tells them apart.
 */
export interface Block {
  /** The title line's index. */
  title: number;
  /** Tag, class and heading level of the title: blocks of one guide share it. */
  key: string;
  /** The first line after the title with a price, or -1. */
  offer: number;
  /** The offer line says little besides its price (a shop, a label, a buy word). */
  short: boolean;
  /** Index of the block's last line. */
  end: number;
}

/** The blocks of one page and, per title shape, how many of its blocks carry a short offer line. */
export interface PageBlocks {
  byTitle: Map<number, Block>;
  runs: Map<string, number>;
}

const MAX_BLOCK_LINES = 12;
const MAX_TITLE_WORDS = 14;
// Words an offer line may carry besides its price: "Buy now: £35, Asda", "Precio: $4,990 en Cuadra".
const MAX_OFFER_WORDS = 8;
const MAX_OFFER_CHARS = 90;

/** A whole line set in bold (a product named above its description), short enough to be a name. */
function boldLine(l: Line): boolean {
  const t = l.text.trim();
  if (!t || words(t).length > MAX_TITLE_WORDS) return false;
  const inBold = l.bold.reduce((n, [s, e]) => n + l.text.slice(s, e).replace(/\s/g, '').length, 0);
  return inBold >= 0.9 * t.replace(/\s/g, '').length;
}

/** A line that opens a block: a heading (h2–h6) or a bold line, without a price of its own. */
export function isTitle(ctx: Ctx, l: Line): boolean {
  if (l.cap || clusters(ctx, l).length || !/\p{L}/u.test(l.text)) return false;
  return (l.h >= 2 && words(l.text).length <= MAX_TITLE_WORDS) || (!l.h && boldLine(l));
}

/** Whether a priced line is an offer of its own: little text besides the price. */
export function shortOffer(ctx: Ctx, l: Line): boolean {
  const cs = clusters(ctx, l);
  if (!cs.length || l.text.trim().length > MAX_OFFER_CHARS) return false;
  let rest = '';
  let at = 0;
  for (const c of cs) {
    rest += ` ${l.text.slice(at, c.s)}`;
    at = c.e;
  }
  rest += ` ${l.text.slice(at)}`;
  return words(rest.replace(/[^\p{L}\p{N}\s.]/gu, ' ')).length <= MAX_OFFER_WORDS;
}

const CACHE = new WeakMap<Line[], PageBlocks>();

/** Reads the page's lines into blocks once (the features read them for every candidate). */
export function pageBlocks(ctx: Ctx): PageBlocks {
  const hit = CACHE.get(ctx.lines);
  if (hit) return hit;
  const L = ctx.lines;
  const byTitle = new Map<number, Block>();
  const runs = new Map<string, number>();
  const titles = L.filter((l) => isTitle(ctx, l)).map((l) => l.i);
  titles.forEach((t, k) => {
    const next = titles[k + 1] ?? L.length;
    const end = Math.min(next - 1, t + MAX_BLOCK_LINES, L.length - 1);
    const head = L[t]!;
    const key = `${head.h}|${signature(head.el)}|${head.el.parentElement ? signature(head.el.parentElement) : ''}`;
    let offer = -1;
    for (let i = t + 1; i <= end && offer < 0; i++) {
      if (L[i]!.h) break;
      if (clusters(ctx, L[i]!).length) offer = i;
    }
    const short = offer >= 0 && shortOffer(ctx, L[offer]!);
    byTitle.set(t, { title: t, key, offer, short, end });
    if (short) runs.set(key, (runs.get(key) ?? 0) + 1);
  });
  const out = { byTitle, runs };
  CACHE.set(L, out);
  return out;
}
