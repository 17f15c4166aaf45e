/**
 * Scores detected mentions against expected ones; shared by scripts/eval-detect.ts and the
 * held-out regression test so both count a match the same way.
 * A found mention matches an expected one when the names agree (case, accents and punctuation
 * ignored; one containing the other counts) and the prices agree (amount and currency, or both
 * absent). Each expected mention matches at most one found mention, in page order.
 */
import type { Mention } from '../../lib/detect/types';

/** Case, accents and punctuation do not matter when comparing names. */
export const foldForScore = (s: string | null | undefined): string =>
  (s ?? '')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');

const sameName = (a: string, b: string) => {
  const x = foldForScore(a);
  const y = foldForScore(b);
  return !!x && !!y && (x === y || x.includes(y) || y.includes(x));
};

const samePrice = (a: Mention['price'], b: Mention['price']) =>
  a === b || (!!a && !!b && Math.abs(a.amount - b.amount) < 0.005 && a.currency === b.currency);

/** A found mention paired with the expected one it matched. */
export interface MatchedPair {
  expected: Mention;
  found: Mention;
}

/** The outcome of scoring one page. */
export interface PageScore {
  matched: MatchedPair[];
  /** Found but not expected (false positives). */
  extra: Mention[];
  /** Expected but not found (misses). */
  missed: Mention[];
  /** matched / found; 1 when nothing was found. */
  precision: number;
  /** matched / expected; 1 when nothing was expected. */
  recall: number;
}

/** Pairs found mentions with expected ones and computes precision and recall for one page. */
export function scoreMentions(found: readonly Mention[], expected: readonly Mention[]): PageScore {
  const missed = [...expected];
  const matched: MatchedPair[] = [];
  const extra: Mention[] = [];
  for (const f of found) {
    const k = missed.findIndex((e) => sameName(e.name, f.name) && samePrice(e.price, f.price));
    if (k < 0) extra.push(f);
    else matched.push({ expected: missed.splice(k, 1)[0]!, found: f });
  }
  return {
    matched,
    extra,
    missed,
    precision: found.length ? matched.length / found.length : 1,
    recall: expected.length ? matched.length / expected.length : 1,
  };
}
