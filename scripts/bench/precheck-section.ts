/**
 * The pre-check's cost: `worthReading` runs on every page a reader opens, so it is timed on the real-browser
 * section's pages (a quiet 11,662-element page, a money-heavy news page, a tiny page, the seed and a 200-product
 * article) beside one read of `documentElement.textContent`, the least it must do. The budget is well under 1 ms
 * per 1,000 elements; linkedom's DOM is slower than a browser's, so a figure here is an upper bound.
 */
import { worthReading } from '../../lib/detect/precheck';
import { browserBenchPages } from './browser-pages';
import { compare, type Case } from './measure';
import { parse } from './pages';
import { ms, ratio, table, timingCells, TIMING_HEAD, type Out } from './report';
import type { Section } from './section';

export const precheckSection: Section = {
  name: 'precheck',
  title: 'Pre-check: worthReading on the real-browser pages (linkedom)',
  run(out: Out) {
    const pages = browserBenchPages().map((p) => {
      const doc = parse(p.html);
      return { id: p.id, doc, elements: doc.querySelectorAll('*').length, passes: worthReading(doc) };
    });
    const named: Record<string, Case> = {};
    for (const p of pages) {
      named[p.id] = { label: p.id, run: () => worthReading(p.doc) };
      named[`text-${p.id}`] = { label: `textContent ${p.id}`, run: () => p.doc.documentElement.textContent };
    }
    const t = compare(named, { ms: 2500, minRounds: 11 });
    const head = ['page', 'elements', 'passes', ...TIMING_HEAD, 'per 1,000 elements (budget ≪ 1 ms)', '÷ textContent'];
    const rows = pages.map((p) => {
      const own = t[p.id]!;
      return [
        p.id,
        String(p.elements),
        String(p.passes),
        ...timingCells(own),
        ms((own.median * 1000) / p.elements),
        ratio(own.median / t[`text-${p.id}`]!.median),
      ];
    });
    out(...table(head, rows));
  },
};
