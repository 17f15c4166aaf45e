/**
 * Leave-a-batch-out: trains one model without a whole batch of labelled folders and scores it on them.
 * It is the nearest thing to a blind batch's first run once the batch has joined the repo, and only
 * honest for code that was written without reading that batch.
 */
import { readFileSync } from 'node:fs';
import { evaluate, summary, table } from './detect-cv';
import { gatherPage } from './detect-data';
import { fitModels } from './detect-train';
import type { LabelledPage } from './labelled-pages';

/** `listFile`: one folder per line, as `tests/fixtures/labelled/SITE`; prints the held-out figure. */
export function holdOut(pages: readonly LabelledPage[], listFile: string): string {
  const prefixes = readFileSync(listFile, 'utf8')
    .split('\n')
    .map((l) =>
      l
        .trim()
        .replace(/^tests\/fixtures\//, '')
        .replace(/\/+$/, ''),
    )
    .filter(Boolean)
    .map((l) => `${l}/`);
  const held = (p: LabelledPage) => prefixes.some((x) => p.id.startsWith(x));
  const data = pages.map(gatherPage);
  const rest = data.filter((d) => !held(d.page));
  const out = data.filter((d) => held(d.page));
  if (!out.length) throw new Error(`no labelled page under the folders listed in ${listFile}`);
  const { full } = fitModels(rest, false);
  const rep = evaluate(out, () => full);
  return `${summary(rep)}\n\n${table('language', rep.byLang)}\n\n${table('kind of page', rep.byKind)}`;
}
