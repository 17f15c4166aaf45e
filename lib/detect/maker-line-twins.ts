import type { Candidate } from './context';
import { lowerAlnum } from './text';

const tokens = (s: string | null): Set<string> =>
  new Set(
    (s ?? '')
      .split(/[^\p{L}\p{N}]+/u)
      .map(lowerAlnum)
      .filter((t) => t.length > 1),
  );

/** Whether two readings name one product: the same maker, and at least half their name words shared. */
function twins(a: Candidate, b: Candidate): boolean {
  if (!a.brand || !b.brand || lowerAlnum(a.brand) !== lowerAlnum(b.brand)) return false;
  const x = tokens(a.name);
  const y = tokens(b.name);
  let both = 0;
  for (const t of x) if (y.has(t)) both++;
  return both > 0 && both * 2 >= x.size + y.size - both;
}

/**
 * Drops picks read maker first at a line's head (./anchors/maker-line) that another generator already read: a card's
 * title above its priced offer, a credit the credit readers split. The line reader adds only picks nobody else finds,
 * so it neither repeats a priced pick without its price nor crowds the page's counts that other features weigh.
 */
export function withoutMakerLineTwins(cands: Candidate[]): Candidate[] {
  const others = cands.filter((c) => c.format !== 'anchor-maker-line');
  return cands.filter((c) => c.format !== 'anchor-maker-line' || !others.some((o) => twins(c, o)));
}
