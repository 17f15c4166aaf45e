/**
 * The shared corpus's matching rules (../shared/corpus/articles/README.md, "Scoring"), written
 * here so training labels and cross-validation count a match exactly as score.mjs does: brand
 * equal or contained on word boundaries, price within 0.01 in the same currency (or none expected),
 * name token Jaccard ≥ 0.5 without brand tokens and stop words; greedy one-to-one, best first.
 * One extension for the repo's own fixtures: an expected brand of null matches a null brand.
 */
import type { Mention } from '../../lib/detect/types';

const STOP = new Set(
  'a an the and in of with for by to on de du des la le les en et der die das und im von mit'.split(' '),
);

export function norm(s: string | null | undefined): string {
  if (s == null) return '';
  return String(s)
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/×/g, 'x')
    .replace(/['’‘`´]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(/\s+/g, ' ');
}

const words = (hay: string, needle: string) => ` ${hay} `.includes(` ${needle} `);

export function brandMatch(a: string | null, b: string | null): boolean {
  const x = norm(a);
  const y = norm(b);
  if (!x && !y) return a === null && b === null;
  if (!x || !y) return false;
  return x === y || x.replace(/ /g, '') === y.replace(/ /g, '') || words(x, y) || words(y, x);
}

const tokens = (s: string | null) => (norm(s) ? norm(s).split(' ') : []);

export function nameJaccard(e: Mention, p: Mention): number {
  const drop = new Set([...tokens(e.brand), ...tokens(p.brand), ...STOP]);
  const A = new Set(tokens(e.name).filter((t) => !drop.has(t)));
  const B = new Set(tokens(p.name).filter((t) => !drop.has(t)));
  if (!A.size && !B.size) return 1;
  let inter = 0;
  for (const t of A) if (B.has(t)) inter++;
  const union = A.size + B.size - inter;
  return union ? inter / union : 0;
}

function priceOk(e: Mention, p: Mention): boolean {
  if (!e.price) return true;
  if (!p.price) return false;
  return (
    Math.abs(p.price.amount - e.price.amount) <= 0.01 + 1e-9 &&
    p.price.currency.toUpperCase() === e.price.currency.toUpperCase()
  );
}

/** Whether a predicted mention may match an expected one (before the one-to-one assignment). */
export function canMatch(e: Mention, p: Mention): number {
  if (!brandMatch(e.brand, p.brand) || !priceOk(e, p)) return 0;
  const j = nameJaccard(e, p);
  return j >= 0.5 ? j + (e.price ? 0.001 : 0) : 0;
}

/** Greedy one-to-one matching, best pairs first; returns [expectedIndex, predictedIndex] pairs. */
export function matchPage(expected: readonly Mention[], found: readonly Mention[]): [number, number][] {
  const pairs: { i: number; j: number; s: number }[] = [];
  expected.forEach((e, i) =>
    found.forEach((p, j) => {
      const s = canMatch(e, p);
      if (s) pairs.push({ i, j, s });
    }),
  );
  pairs.sort((a, b) => b.s - a.s || a.i - b.i || a.j - b.j);
  const ue = new Set<number>();
  const up = new Set<number>();
  const out: [number, number][] = [];
  for (const p of pairs) {
    if (ue.has(p.i) || up.has(p.j)) continue;
    ue.add(p.i);
    up.add(p.j);
    out.push([p.i, p.j]);
  }
  return out;
}
