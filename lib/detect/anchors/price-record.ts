import { findBrands } from '../../gazetteer';
import { canonical, splitBrand } from '../brand';
import type { Candidate, Ctx, Format, Line } from '../context';
import { clusters } from '../clusters';
import { groupMention } from '../group';
import { linkIn } from '../href';
import { lexicon, nounHits } from '../lexicon';
import { linesWithin } from '../lines';
import { retailerFromText, retailerFromUrl } from '../retailer';
import { sameSiblings } from '../siblings';
import { clean, words } from '../text';
import { sellingLines } from '../was-price';

// Class names shops and publishers give product records: "product-card", "product-embed", "grid-item".
const RECORD_CLASS = /(?:^|[\s_-])(?:product|card|item|tile|embed|widget|offer|pick|merch|shop)(?:$|[\s_-])/i;
const MAX_RECORD_LINES = 8;

/**
 * The nearest element around a line that reads as one record: a repeated sibling, a table row or list item, or a
 * product-named box.
 */
function recordBox(ctx: Ctx, line: Line): Element | null {
  let e: Element | null = line.el;
  for (let up = 0; e && up < 5; up++, e = e.parentElement) {
    const p: Element | null = e.parentElement;
    // An <article> is the page's body, unless it repeats among its siblings: then it is a grid card.
    if (!p || /^(?:BODY|MAIN)$/i.test(e.tagName) || (/^ARTICLE$/i.test(e.tagName) && sameSiblings(e) < 2)) return null;
    const n = linesWithin(ctx, e, line.i, MAX_RECORD_LINES + 1).length;
    if (n > MAX_RECORD_LINES) return null;
    if (n < 2) continue;
    // A box of prices only (a sale's current, struck and 30-day-lowest prices) is part of the record, not all of it.
    if (linesWithin(ctx, e, line.i, n).every((l) => clusters(ctx, l).length)) continue;
    if (
      sameSiblings(e) >= 2 ||
      /^(?:TR|LI|FIGURE)$/i.test(e.tagName) ||
      RECORD_CLASS.test(e.getAttribute('class') ?? '')
    )
      return e;
  }
  return null;
}

const FIELD_BRAND = /brand|designer|vendor|maker|marque|marke/i;
const FIELD_NAME = /name|title|heading/i;

/** A record's fields by their class names, else by order: brand field, name field, the price line's shop. */
function fields(ctx: Ctx, lines: Line[], priceLine: Line, box: Element): Candidate | null {
  const cls = (l: Line) => l.el.getAttribute('class') ?? '';
  const c = priceLine.pc![0]!;
  const others = lines.filter(
    (l) => l !== priceLine && !l.pc?.length && !lexicon().buy.test(l.text) && /\p{L}|\d{3}/u.test(l.text),
  );
  const b = others.find((l) => FIELD_BRAND.test(cls(l)));
  const cand = others.filter((l) => l !== b && l.el.tagName !== 'TH' && words(l.text).length <= 12);
  const n =
    cand.find((l) => FIELD_NAME.test(cls(l))) ??
    cand.find((l) => findBrands(l.text).some((x) => !x.ambiguous)) ??
    cand.find((l) => nounHits(l.text) > 0) ??
    cand[0];
  if (!n) return null;
  const split = b ? { brand: canonical(clean(b.text)), name: clean(n.text) } : splitBrand(clean(n.text));
  const after = /^[\s,;:|–—-]*(?:(?:at|from|via)\s+)?([^,;|()]{2,40})/i.exec(priceLine.text.slice(c.e));
  const url = lines.map((l) => linkIn(ctx, l, 0, l.text.length)).find(Boolean) ?? null;
  const retailer = (after && retailerFromText(after[1]!.trim(), split.brand)) || retailerFromUrl(url, split.brand);
  return {
    ...split,
    price: c.price,
    retailer,
    url,
    element: box,
    claims: lines.map((l) => ({ i: l.i, s: 0, e: 1e9 })),
    score: 3 + (b ? 1 : 0),
    format: 'anchor-record',
  };
}

/** A price alone on its line inside a repeated record (table row, grid card): the record's other lines name it. */
export const priceRecord: Format = {
  id: 'anchor-record',
  detect(ctx) {
    const out: Candidate[] = [];
    const seen = new Set<Element>();
    for (const line of ctx.lines) {
      if (!line.pc?.length) continue;
      const box = recordBox(ctx, line);
      if (!box || seen.has(box) || box.querySelector('h1')) continue;
      seen.add(box);
      const all = linesWithin(ctx, box, line.i, 12).filter((l) => box.contains(l.el));
      // One product at its selling price: a sale's reference prices leave the record.
      const lines = sellingLines(ctx, all, box);
      const at = lines.includes(line) ? line : (lines.find((l) => l.pc?.length) ?? line);
      const c = groupMention(ctx, lines, box, 'anchor-record') ?? fields(ctx, lines, at, box);
      if (c) out.push(c);
    }
    return out;
  },
};
