import type { Candidate } from './context';

/**
 * The page-level second pass: features of each candidate that come from the first pass's scores of the
 * other candidates on the page. A record in a list whose sibling records were accepted is likely a
 * product too, even when it alone looks weak (no price, unknown maker); a lone strong-looking line on a
 * page where nothing else passed is less likely one. Trained on out-of-fold first-pass scores
 * (scripts/lib/detect-data.ts), so the second model never sees scores fitted to its own labels.
 */
export const SECOND_PASS_NAMES: readonly string[] = [
  'bias',
  'first-logit',
  'same-parent-max',
  'same-parent-mean',
  'same-grandparent-mean',
  'page-accepted-share',
  'format-accepted-share',
  'no-price*same-parent-mean',
  'no-price*format-accepted-share',
  'no-price*first-logit',
];

/** The first pass's own boundary, for the "accepted" shares below. */
export const FIRST_ACCEPT = 0.5;

const logit = (p: number) => Math.max(-8, Math.min(8, Math.log(p / (1 - p)))) / 4;

/** Mean and max of the other candidates' scores in each group (−1 for none). */
function groupStats(keys: readonly (object | string | null)[], p: readonly number[]): { mean: number; max: number }[] {
  const sum = new Map<object | string, { s: number; n: number; m1: number; m2: number }>();
  keys.forEach((k, i) => {
    if (k === null) return;
    const e = sum.get(k) ?? { s: 0, n: 0, m1: -1, m2: -1 };
    e.s += p[i]!;
    e.n++;
    if (p[i]! > e.m1) ((e.m2 = e.m1), (e.m1 = p[i]!));
    else if (p[i]! > e.m2) e.m2 = p[i]!;
    sum.set(k, e);
  });
  return keys.map((k, i) => {
    const e = k === null ? undefined : sum.get(k);
    if (!e || e.n < 2) return { mean: 0, max: 0 };
    return { mean: (e.s - p[i]!) / (e.n - 1), max: e.m1 === p[i]! ? e.m2 : e.m1 };
  });
}

/** Second-pass feature vectors of a page's candidates, given their first-pass probabilities. */
export function secondPassFeatures(cands: readonly Candidate[], p: readonly number[], accept: number): number[][] {
  const parent = groupStats(
    cands.map((c) => c.element.parentElement),
    p,
  );
  const grand = groupStats(
    cands.map((c) => c.element.parentElement?.parentElement ?? null),
    p,
  );
  const format = groupStats(
    cands.map((c) => c.format),
    p.map((x) => (x >= accept ? 1 : 0)),
  );
  const passed = p.filter((x) => x >= accept).length;
  return cands.map((c, i) => {
    const noPrice = c.price ? 0 : 1;
    const share = cands.length > 1 ? (passed - (p[i]! >= accept ? 1 : 0)) / (cands.length - 1) : 0;
    const l = logit(p[i]!);
    return [
      1,
      l,
      parent[i]!.max,
      parent[i]!.mean,
      grand[i]!.mean,
      share,
      format[i]!.mean,
      noPrice * parent[i]!.mean,
      noPrice * format[i]!.mean,
      noPrice * l,
    ];
  });
}
