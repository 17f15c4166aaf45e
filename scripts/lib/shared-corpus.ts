/**
 * Reads the shared article corpus (../shared/corpus/articles/cases: NN-slug.html beside NN-slug.json)
 * in place, and writes predictions in the shape its score.mjs expects. Pages are never copied.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Mention } from '../../lib/detect/types';

/** One case of the shared corpus, with its expected mentions in the project's Mention shape. */
export interface SharedCase {
  slug: string;
  html: string;
  url: string;
  locale: string;
  negative: boolean;
  expected: Mention[];
}

interface CaseJson {
  url: string;
  locale?: string;
  expected: {
    brand: string | null;
    name: string;
    price: number | null;
    currency: string | null;
    retailer: string | null;
  }[];
  tags?: { negative?: boolean };
}

/** The corpus's cases folder: an explicit one, else ../shared beside the repo (as in CI), else /work/shared. */
export function sharedCasesDir(explicit?: string): string | null {
  const tries = explicit
    ? [explicit]
    : [resolve('../shared/corpus/articles/cases'), '/work/shared/corpus/articles/cases'];
  return tries.find((d) => existsSync(d)) ?? null;
}

/** Every case in `dir`, sorted by file name. */
export function readSharedCases(dir: string): SharedCase[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .flatMap((f) => {
      const slug = f.replace(/\.json$/, '');
      const htmlFile = join(dir, `${slug}.html`);
      if (!existsSync(htmlFile)) return [];
      const c = JSON.parse(readFileSync(join(dir, f), 'utf8')) as CaseJson;
      return [
        {
          slug,
          html: readFileSync(htmlFile, 'utf8'),
          url: c.url,
          locale: c.locale ?? '',
          negative: !!c.tags?.negative || c.expected.length === 0,
          expected: c.expected.map((e) => ({
            brand: e.brand,
            name: e.name,
            price: e.price == null || !e.currency ? null : { amount: e.price, currency: e.currency },
            retailer: e.retailer,
            url: null,
          })),
        },
      ];
    });
}

/** Writes one case's predictions as PREDDIR/NN-slug.json for score.mjs. */
export function writePrediction(predDir: string, slug: string, found: readonly Mention[]): void {
  const rows = found.map(({ brand, name, price, retailer, url }) => ({ brand, name, price, retailer, url }));
  writeFileSync(join(predDir, `${slug}.json`), JSON.stringify(rows, null, 1));
}
