/** Gathers candidates, features and training labels for labelled pages (train:detect and eval:detect --cv). */
import { parseHTML } from 'linkedom';
import { decide, gather, type Gathered } from '../../lib/detect/pipeline';
import type { Candidate } from '../../lib/detect/context';
import type { DetectModel } from '../../lib/detect/generated/detect-model';
import type { Mention } from '../../lib/detect/types';
import type { LabelledPage } from './labelled-pages';
import { canMatch, matchPage } from './match-rules';

export interface PageData {
  page: LabelledPage;
  /** Gathered candidates, or the product-page reader's direct answer. */
  g: Gathered | Candidate[];
  /** 1 when the candidate matches some expected mention. */
  y: number[];
}

function drive<T>(it: Generator<void, T>): T {
  for (;;) {
    const r = it.next();
    if (r.done) return r.value;
  }
}

export function gatherPage(page: LabelledPage): PageData {
  const { document } = parseHTML(page.html);
  const g = drive(gather(document as unknown as Document, page.url));
  const y = Array.isArray(g) ? [] : g.cands.map((c) => (page.expected.some((e) => canMatch(e, c) > 0) ? 1 : 0));
  return { page, g, y };
}

/** The mentions the detector reports for a gathered page under a model. */
export function predict(d: PageData, model: DetectModel): Mention[] {
  const cands = Array.isArray(d.g) ? d.g : decide({ ...d.g, cands: d.g.cands.map((c) => ({ ...c })) }, model);
  return cands.map(({ brand, name, price, retailer, url }) => ({ brand, name, price, retailer, url }));
}

export interface Tally {
  expected: number;
  predicted: number;
  matched: number;
  negFalse: number;
}

export const tally = (): Tally => ({ expected: 0, predicted: 0, matched: 0, negFalse: 0 });

export function add(t: Tally, expected: readonly Mention[], found: readonly Mention[]): void {
  t.expected += expected.length;
  t.predicted += found.length;
  t.matched += matchPage(expected, found).length;
  if (!expected.length) t.negFalse += found.length;
}

export function prf(t: Tally): { p: number; r: number; f1: number } {
  const p = t.predicted ? t.matched / t.predicted : 0;
  const r = t.expected ? t.matched / t.expected : 0;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
}
