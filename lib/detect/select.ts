import type { Candidate, Claim } from './context';
import { lowerAlnum } from './text';

const NO_PRICE = `${undefined}${undefined}`;
const pos = (c: Candidate) => Math.min(...c.claims.map((x) => x.i * 1e6 + Math.min(x.s, 999_999)));

/**
 * Two records of one list, each in a wrapper of its own (gallery slides, grid cards): the same tag, different
 * parents of the same tag under one container. Their text may be alike ("Top de Zara (29,95 €)" on four
 * slides), yet each is its own piece.
 */
function parallel(a: Candidate, b: Candidate): boolean {
  const pa = a.element.parentElement;
  const pb = b.element.parentElement;
  return (
    !!pa &&
    !!pb &&
    pa !== pb &&
    a.element.tagName === b.element.tagName &&
    pa.tagName === pb.tagName &&
    !!pa.parentElement &&
    pa.parentElement === pb.parentElement
  );
}

/**
 * Keeps the most probable candidate for each piece of text, drops repeats, and restores page order.
 * `score` holds the trained scorer's probability here.
 */
export function select(cands: Candidate[], accept: number): Candidate[] {
  const kept: Candidate[] = [];
  const taken = new Map<number, Claim[]>();
  const free = (x: Claim) => !taken.get(x.i)?.some((y) => x.s < y.e && y.s < x.e);
  for (const c of cands.filter((c) => c.score >= accept).sort((a, b) => b.score - a.score || pos(a) - pos(b))) {
    if (!c.claims.every(free)) continue;
    kept.push(c);
    for (const x of c.claims) taken.set(x.i, [...(taken.get(x.i) ?? []), x]);
  }
  // The same product again (a hero card and a prose line): same price, and the same link or the same
  // brand with one name inside the other. The more probable reading stays, at the first place on the page.
  kept.sort((a, b) => b.score - a.score || pos(a) - pos(b));
  const seen = new Map<string, Candidate[]>();
  const out: Candidate[] = [];
  for (const c of kept) {
    const key = `${c.price?.amount}${c.price?.currency}`;
    // A pick named without a price in prose is the same product as its priced card ("Arktis Parka" twice).
    const same = [...(seen.get(key) ?? []), ...(c.price ? (seen.get(NO_PRICE) ?? []) : out.filter((k) => k.price))];
    const n = lowerAlnum(c.name);
    const dup = same.find((k) => {
      const m = lowerAlnum(k.name);
      // Slides or cards of one list are different pieces even when their texts read alike (parallel, above).
      return (
        (!!c.url && c.url === k.url) ||
        (!parallel(c, k) && lowerAlnum(k.brand ?? '') === lowerAlnum(c.brand ?? '') && (m.includes(n) || n.includes(m)))
      );
    });
    if (dup) {
      dup.claims = [...dup.claims, ...c.claims];
      if (!dup.price && c.price) Object.assign(dup, { price: c.price, retailer: dup.retailer ?? c.retailer });
      // Of two readings of one name ("Rubber Boots" in a list line, "Recycled Rubber Boots" on its card),
      // the fuller one names the product.
      const m = lowerAlnum(dup.name);
      if (n.length > m.length && n.includes(m)) dup.name = c.name;
      continue;
    }
    seen.set(key, [...same, c]);
    out.push(c);
  }
  return out.sort((a, b) => pos(a) - pos(b));
}
