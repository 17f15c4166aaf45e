/**
 * Leave-one-site-out cross-validation of the detector's scorer: for each site, train on every other
 * site's pages, detect on its own, and pool the counts (shared matching rules, ./match-rules).
 */
import { DETECT_MODEL } from '../../lib/detect/generated/detect-model';
import type { DetectModel } from '../../lib/detect/generated/detect-model';
import { add, gatherPage, predict, prf, tally, type PageData, type Tally } from './detect-data';
import { matchPage } from './match-rules';
import type { Mention } from '../../lib/detect/types';
import { fitModels } from './detect-train';
import type { LabelledPage } from './labelled-pages';

export interface CvReport {
  pages: number;
  sites: number;
  pooled: Tally;
  byLang: Map<string, Tally>;
  byKind: Map<string, Tally>;
  bySet: Map<string, Tally>;
  negativePagesWithMentions: number;
  /** Per page: expected mentions nothing matched, and predicted mentions that match nothing. */
  diffs: { file: string; missed: Mention[]; wrong: Mention[] }[];
}

function bump(m: Map<string, Tally>, k: string): Tally {
  if (!m.has(k)) m.set(k, tally());
  return m.get(k)!;
}

/** Scores pages with `modelFor(site)` (the fold's model, or the shipped one). */
export function evaluate(data: readonly PageData[], modelFor: (site: string) => DetectModel): CvReport {
  const rep: CvReport = {
    pages: data.length,
    sites: new Set(data.map((d) => d.page.site)).size,
    pooled: tally(),
    byLang: new Map(),
    byKind: new Map(),
    bySet: new Map(),
    negativePagesWithMentions: 0,
    diffs: [],
  };
  for (const d of data) {
    const found = predict(d, modelFor(d.page.site));
    const { expected, lang, kind, set } = d.page;
    for (const t of [rep.pooled, bump(rep.byLang, lang), bump(rep.byKind, kind), bump(rep.bySet, set)])
      add(t, expected, found);
    if (!expected.length && found.length) rep.negativePagesWithMentions++;
    const pairs = matchPage(expected, found);
    const hitE = new Set(pairs.map(([i]) => i));
    const hitF = new Set(pairs.map(([, j]) => j));
    const missed = expected.filter((_, i) => !hitE.has(i));
    const wrong = found.filter((_, j) => !hitF.has(j));
    if (missed.length || wrong.length) rep.diffs.push({ file: d.page.id, missed, wrong });
  }
  return rep;
}

/** Leave-one-site-out: one model per site, trained without it (./detect-train). */
export function crossValidate(pages: readonly LabelledPage[]): CvReport {
  const data = pages.map(gatherPage);
  const { full, bySite } = fitModels(data, true);
  return evaluate(data, (s) => bySite.get(s) ?? full);
}

/** The shipped model on the same pages (it was trained on them: an upper bound, not an estimate). */
export function shipped(pages: readonly LabelledPage[]): CvReport {
  return evaluate(pages.map(gatherPage), () => DETECT_MODEL);
}

const f3 = (x: number) => x.toFixed(3);

/** Markdown table rows for a breakdown. */
export function table(title: string, m: Map<string, Tally>): string {
  const rows = [...m]
    .sort((a, b) => a[0].localeCompare(b[0]))
    .map(([k, t]) => {
      const { p, r, f1 } = prf(t);
      const counts = `${t.matched} / ${t.predicted} / ${t.expected}`;
      return `| ${k} | ${counts} | ${f3(p)} | ${f3(r)} | ${f3(f1)} | ${t.negFalse} |`;
    });
  return [
    `| ${title} | matched / predicted / expected | P | R | F1 | mentions on negatives |`,
    '| --- | --- | --- | --- | --- | --- |',
    ...rows,
  ].join('\n');
}

export function summary(r: CvReport): string {
  const { p, r: rc, f1 } = prf(r.pooled);
  return (
    `F1 ${f3(f1)} P ${f3(p)} R ${f3(rc)} ` +
    `(matched ${r.pooled.matched}/${r.pooled.expected} expected, ${r.pooled.predicted} predicted; ` +
    `${r.pages} pages, ${r.sites} sites; ` +
    `${r.pooled.negFalse} mentions on ${r.negativePagesWithMentions} negative pages)`
  );
}
