/**
 * Real-Chromium section: the popup's Wishlist tab at 0, 500 and 5,000 saved items. Each wishlist is
 * written the way saveItem writes rows (scripts/bench/db-fill.ts), exported, and imported through
 * Magpie's own import in its wishlist page; then the popup opens and the Wishlist tab is clicked. The
 * figure is the time from the click to the frame after the first rows (or the empty note) appear,
 * and to the frame after the per-currency totals appear. With MAGPIE_BENCH_POPUP_BASELINE=<dir of
 * another chrome-mv3 build> (say, main's), that build is measured beside this one, size by size.
 */
import 'fake-indexeddb/auto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { exportJson, openMagpieDb } from '../../lib/db';
import { fillByImport } from './db-fill';
import { ensureBuilt, launchBench, median, meteredPage, pageMetrics } from './chromium-run';
import { ROOT } from './pages';
import { ms, ratio, table } from './report';
import type { Section } from './section';

const ROUNDS = Number(process.env.MAGPIE_BENCH_ROUNDS ?? 5);
const MAGPIE_BUILD = join(ROOT, '.output/chrome-mv3');
const SIZES = [0, 500, 5000];

async function exportOf(count: number): Promise<string> {
  const db = openMagpieDb(`bench-popup-${count}-${Date.now()}`);
  try {
    if (count > 0) await fillByImport(db, count);
    return await exportJson(db);
  } finally {
    await db.delete();
  }
}

/**
 * In the popup: clicks the Wishlist tab and resolves with ms to the painted rows (or the empty
 * note) and to the painted totals. A string, so the bundler adds no helpers the page lacks.
 */
const CLICK_WISHLIST = `(expectTotals) => new Promise((resolve) => {
  const panel = document.querySelector('#popup-panel-wishlist');
  const t0 = performance.now();
  let rows = -1, totals = -1, done = false;
  const painted = (then) => requestAnimationFrame(() => setTimeout(() => then(performance.now() - t0)));
  const finish = () => {
    if (done || rows <= 0 || (expectTotals && totals <= 0)) return;
    done = true;
    observer.disconnect();
    resolve({ rows, totals: expectTotals ? totals : rows });
  };
  const check = () => {
    if (rows < 0 && panel.querySelector('.vrow, .placeholder-title')) {
      rows = 0;
      painted((t) => { rows = t; finish(); });
    }
    if (expectTotals && totals < 0 && panel.querySelector('.totals')) {
      totals = 0;
      painted((t) => { totals = t; finish(); });
    }
  };
  const observer = new MutationObserver(check);
  observer.observe(panel, { childList: true, subtree: true, attributes: true });
  document.querySelector('#popup-tab-wishlist').click();
})`;

/** Medians over ROUNDS opens of the popup in `build` holding the wishlist `json` (empty when `count` is 0). */
async function measureBuild(build: string, count: number, json: string) {
  const b = await launchBench(build);
  try {
    const id = new URL(b.worker!.url()).host;
    const page = await b.context.newPage();
    await page.goto(`chrome-extension://${id}/wishlist.html`);
    if (count > 0) {
      await page
        .locator('input[aria-label="Wishlist file to import"]')
        .setInputFiles({ name: 'w.json', mimeType: 'application/json', buffer: Buffer.from(json) });
      await page.locator('.data-ok').waitFor({ timeout: 120_000 });
    }
    await page.close();
    const samples: Array<{ rows: number; totals: number; task: number }> = [];
    for (let r = 0; r < ROUNDS; r++) {
      const { page: popup, cdp } = await meteredPage(b.context);
      await popup.setViewportSize({ width: 400, height: 600 });
      await popup.goto(`chrome-extension://${id}/popup.html`);
      await popup.locator('#popup-tab-wishlist').waitFor();
      await popup.waitForTimeout(300);
      const before = (await pageMetrics(cdp)).TaskDuration! * 1000;
      const t = (await popup.evaluate(`(${CLICK_WISHLIST})(${count > 0})`)) as { rows: number; totals: number };
      const task = (await pageMetrics(cdp)).TaskDuration! * 1000 - before;
      samples.push({ ...t, task });
      await popup.close();
    }
    const m = (k: 'rows' | 'totals' | 'task') => median(samples.map((s) => s[k]));
    return { rows: m('rows'), totals: m('totals'), task: m('task') };
  } finally {
    await b.close();
  }
}

export const popupSection: Section = {
  name: 'popup',
  title: 'Real Chromium: the popup’s Wishlist tab, click to painted rows, at 0 / 500 / 5,000 items',
  async run(out) {
    ensureBuilt(MAGPIE_BUILD, 'build');
    // Another build (say, main's .output/chrome-mv3) measured size by size beside this one, same window.
    const baseline = process.env.MAGPIE_BENCH_POPUP_BASELINE;
    if (baseline && !existsSync(join(baseline, 'manifest.json'))) throw new Error(`no extension build in ${baseline}`);
    const rows: string[][] = [];
    const byCount = new Map<number, number>();
    for (const count of SIZES) {
      const json = await exportOf(count);
      const base = baseline ? await measureBuild(baseline, count, json) : null;
      const now = await measureBuild(MAGPIE_BUILD, count, json);
      byCount.set(count, now.rows);
      const label = `${count.toLocaleString('en')} items`;
      const cells = (x: typeof now) => [ms(x.rows), ms(x.totals), ms(x.task)];
      if (base) {
        rows.push([`${label}, baseline`, ...cells(base), '', '']);
        rows.push([
          `${label}, this build`,
          ...cells(now),
          ratio(now.totals / base.totals),
          ratio(now.task / base.task),
        ]);
      } else rows.push([label, ...cells(now)]);
    }
    const head = ['popup Wishlist tab', 'click → rows painted', 'click → totals painted', 'main-thread task'];
    out(...table(baseline ? [...head, 'totals ÷ base', 'task ÷ base'] : head, rows).map((l) => `  ${l}`));
    if (baseline) out(`  baseline: ${baseline}`);
    out(
      `  5,000 ÷ 0 items: ${ratio(byCount.get(5000)! / byCount.get(0)!)} · ` +
        `budget: ≤ 100 ms at 5,000 (median of ${ROUNDS} opens)`,
    );
  },
};
