/**
 * What the content script itself does to a page, in Node on happy-dom (the test DOM): the pre-check
 * on every page, and on pages that pass it the one read into a snapshot for the background. Each is
 * timed against a bare TreeWalker pass over the same DOM (the least any reading can cost) and
 * against running the whole detector in the page, as the content script did before detection moved
 * to the background. Pages are the real-browser section's, so the two sections describe one set.
 */
import { Window } from 'happy-dom';
import { parseHTML } from 'linkedom';
import { detectMentions } from '../../lib/detect';
import { worthReading } from '../../lib/detect/precheck';
import { installBundledGazetteer } from '../../lib/gazetteer/bundled';
import { snapshotPage } from '../../lib/content/snapshot';
import { browserBenchPages } from './browser-pages';
import { compare, type Case } from './measure';
import { ms, ratio, size, table, type Out } from './report';
import type { Section } from './section';

const window = new Window({
  settings: { disableCSSFileLoading: true, disableJavaScriptFileLoading: true, disableJavaScriptEvaluation: true },
});
const parse = (html: string): Document =>
  new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;

/** Visits every node once, the floor for any reading of the page. */
function walkAll(doc: Document): number {
  const w = doc.createTreeWalker(doc.body, 0xffffffff);
  let n = 0;
  while (w.nextNode()) n++;
  return n;
}

/** The `content` section: pre-check and snapshot costs on the real-browser section's pages. */
export const contentSection: Section = {
  name: 'content',
  title: 'Content script on the page: pre-check and snapshot (happy-dom); the worker’s share (linkedom)',
  run(out: Out) {
    installBundledGazetteer();
    const rows: string[][] = [];
    for (const p of browserBenchPages()) {
      const doc = parse(p.html);
      const url = `https://bench.example/${p.id}.html`;
      const elements = doc.getElementsByTagName('*').length;
      const html = snapshotPage(doc).html;
      const cases: Record<'walk' | 'check' | 'snap' | 'detect' | 'worker', Case> = {
        walk: { label: 'walk', run: () => walkAll(doc) },
        check: { label: 'pre-check', run: () => worthReading(doc) },
        snap: { label: 'snapshot', run: () => snapshotPage(doc).html.length },
        detect: { label: 'in-page detector', run: () => detectMentions(doc, url).length },
        // What the background does with the snapshot: parse it with linkedom and detect.
        worker: { label: 'worker', run: () => detectMentions(parseHTML(html).document as unknown as Document, url) },
      };
      const t = compare(cases, { ms: 1500, minRounds: 7 });
      const snap = snapshotPage(doc);
      const passes = worthReading(doc);
      const per1k = t.check.median / (elements / 1000);
      rows.push([
        p.label,
        String(elements),
        `${ms(t.check.median)} (${ms(per1k)}/1k)`,
        ratio(t.check.median / t.walk.median),
        passes ? 'reads' : 'stops',
        ms(t.snap.median),
        ratio(t.snap.median / t.walk.median),
        size(snap.html.length),
        ms(t.detect.median),
        ratio(t.snap.median / t.detect.median),
        ms(t.worker.median),
      ]);
    }
    const head = ['page', 'elements', 'pre-check', '÷ walk', 'then', 'snapshot', '÷ walk', 'snapshot size'];
    head.push('in-page detector', 'snapshot ÷ detector', 'worker: parse + detect');
    out(...table(head, rows));
    out();
    out('  the pre-check runs on every page (budget: under 1 ms per 1,000 elements in the browser; happy-dom is');
    out('  several times slower than a browser DOM, so compare it with the walk over the same DOM);');
    out('  the snapshot only where it says "reads"');
    out('  the detector now runs in the background on the snapshot; "in-page detector" is what the page paid before;');
    out('  "worker" is the background’s work per snapshot (linkedom parse and detector), off the page’s main thread');
  },
};
