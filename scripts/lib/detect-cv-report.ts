/** Prints the cross-validation report and writes it into docs/detection-quality.md between markers. */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { crossValidate, shipped, summary, table, type CvReport } from './detect-cv';
import type { Mention } from '../../lib/detect/types';
import { repoPages, sharedPages } from './labelled-pages';

const DOC = 'docs/detection-quality.md';
const BEGIN = '<!-- cv:begin (written by npm run eval:detect -- --cv) -->';
const END = '<!-- cv:end -->';

const line = (m: Mention) =>
  `${m.brand ?? '-'} | ${m.name} | ${m.price ? `${m.price.amount} ${m.price.currency}` : '-'} | ${m.retailer ?? '-'}`;

/** Writes every page's misses ("-") and false mentions ("+") under the fold's model: for diagnosis. */
export function writeMisses(file: string, diffs: CvReport['diffs']): void {
  const out = diffs.flatMap((d) => [
    d.file,
    ...d.missed.map((m) => `  - ${line(m)}`),
    ...d.wrong.map((m) => `  + ${line(m)}`),
  ]);
  writeFileSync(file, `${out.join('\n')}\n`);
}

/** `misses`: a file for the per-page misses and false mentions. */
export function runCv(noDocs: boolean, extra: string[] = [], misses?: string): void {
  const pages = [
    ...repoPages(join('tests', 'fixtures')),
    ...sharedPages(),
    ...extra.flatMap((d) => repoPages(dirname(d), [basename(d)])),
  ];
  const cv = crossValidate(pages);
  if (misses) writeMisses(misses, cv.diffs);
  const shared = shipped(pages.filter((p) => p.set === 'shared'));
  const text = [
    `**Leave-one-site-out cross-validation** (all labelled pages; each site scored by a model trained without it):`,
    '',
    `    ${summary(cv)}`,
    '',
    table('language', cv.byLang),
    '',
    table('kind of page', cv.byKind),
    '',
    table('set', cv.bySet),
    '',
    `**Shipped model on the shared 48** (trained on them too; not an estimate): \`${summary(shared)}\``,
  ].join('\n');
  console.log(text);
  if (noDocs) return;
  const old = existsSync(DOC) ? readFileSync(DOC, 'utf8') : `# Detection quality\n\n${BEGIN}\n${END}\n`;
  const at = old.indexOf(BEGIN);
  const end = old.indexOf(END);
  const next =
    at >= 0 && end > at
      ? `${old.slice(0, at + BEGIN.length)}\n${text}\n${old.slice(end)}`
      : `${old}\n${BEGIN}\n${text}\n${END}\n`;
  writeFileSync(DOC, next);
}
