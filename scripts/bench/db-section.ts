/**
 * Wishlist database cost on 5,000 saved items: each view (search, sort, filter, page) against the
 * raw read of the whole table it starts from, and one save into 5,000 items against one into none.
 * Runs on fake-indexeddb, which is not a browser's IndexedDB: `npx tsx scripts/bench-db.ts --browser`
 * times the same views in headless Chromium.
 */
import 'fake-indexeddb/auto';
import { openMagpieDb, queryItems, queryTotals, saveItem, totalsByCurrency, type MagpieDB } from '../../lib/db';
import { benchItem, QUERIES } from '../bench-db-cases';
import { fillByImport } from './db-fill';
import { compareAsync, type Case, type Timing } from './measure';
import { ms, ratio, table, timingCells, TIMING_HEAD, type Out } from './report';
import type { Section } from './section';

const COUNT = 5000;

/** Saves a new item, then (untimed) removes it and its history, so every call meets the same table. */
function newItemCase(label: string, db: MagpieDB, first: number): Case<Promise<unknown>> {
  let n = first;
  let id = '';
  return {
    label,
    run: async () => (id = (await saveItem(benchItem(n++), db)).id),
    after: () =>
      db.transaction('rw', db.items, db.history, async () => {
        await db.items.delete(id);
        await db.history.where('[itemId+time]').between([id, -Infinity], [id, Infinity]).delete();
      }),
  };
}

async function queries(out: Out, db: MagpieDB): Promise<void> {
  const cases: Record<string, Case<Promise<unknown>>> = {
    raw: { label: 'raw table read (db.items.toArray)', run: () => db.items.toArray() },
  };
  QUERIES.forEach(([label, q], k) => (cases[`q${k}`] = { label, run: () => queryItems(q, db) }));
  const t = await compareAsync(cases, { ms: 2000, warmup: 2, warmupMs: 0, minRounds: 5 });
  const raw = t.raw!;
  const rows: string[][] = [[raw.label, String(COUNT), ...timingCells(raw), '1.00×']];
  for (const [k, [label, q]] of QUERIES.entries()) {
    const x = t[`q${k}`]!;
    const { total, items } = await queryItems(q, db);
    rows.push([label, `${items.length}/${total}`, ...timingCells(x), ratio(x.median / raw.median)]);
  }
  out(...table([`view of ${COUNT.toLocaleString('en')} items`, 'rows/matches', ...TIMING_HEAD, '÷ raw read'], rows));
}

async function saves(out: Out, full: MagpieDB, empty: MagpieDB): Promise<void> {
  const again = benchItem(7);
  const t = await compareAsync(
    {
      empty: newItemCase('new item into an empty wishlist', empty, 1_000_000),
      full: newItemCase(`new item into ${COUNT.toLocaleString('en')}`, full, 2_000_000),
      resave: { label: `re-save of a saved item, in ${COUNT.toLocaleString('en')}`, run: () => saveItem(again, full) },
    },
    { ms: 1200, warmup: 5, warmupMs: 0, minRounds: 10, maxRounds: 120 },
  );
  const row = (x: Timing) => [x.label, ...timingCells(x), ratio(x.median / t.empty.median)];
  out(...table(['saveItem', ...TIMING_HEAD, '÷ into empty'], [row(t.empty), row(t.full), row(t.resave)]));
  out();
  out(
    `  a save into ${COUNT.toLocaleString('en')} items costs ${ratio(t.full.median / t.empty.median)} ` +
      'one into an empty wishlist (≈ 1× = indexed lookups, no scans)',
  );
}

/**
 * The popup's Wishlist tab: its list with the default query (date order), all rows against a window of the 50
 * a popup shows, and its per-currency totals, every row summed against the stored sums; at 0, 500 and 5,000 items.
 */
async function popupList(out: Out, full: MagpieDB, empty: MagpieDB, stamp: number): Promise<void> {
  const mid = openMagpieDb(`bench-mid-${stamp}`);
  try {
    await fillByImport(mid, 500);
    const dbs: Array<[string, MagpieDB]> = [
      ['0', empty],
      ['500', mid],
      [COUNT.toLocaleString('en'), full],
    ];
    const cases: Record<string, Case<Promise<unknown>>> = {};
    for (const [n, db] of dbs) {
      cases[`all${n}`] = { label: `popup list, all rows, ${n} items`, run: () => queryItems({}, db) };
      cases[`win${n}`] = { label: `popup list, 50-row window, ${n} items`, run: () => queryItems({ limit: 50 }, db) };
      // The totals beside the list: summed over every row read (before schema v3), or the stored sums.
      cases[`scan${n}`] = {
        label: `popup totals, every row summed, ${n} items`,
        run: async () => totalsByCurrency((await queryItems({}, db)).items),
      };
      cases[`sums${n}`] = { label: `popup totals, stored sums, ${n} items`, run: () => queryTotals({}, db) };
    }
    const t = await compareAsync(cases, { ms: 2000, warmup: 2, warmupMs: 0, minRounds: 5 });
    const base = t.win0!.median;
    const rows = Object.values(t).map((x) => [x.label, ...timingCells(x), ratio(x.median / base)]);
    out(...table(['popup Wishlist query (default: date order)', ...TIMING_HEAD, '÷ window at 0'], rows));
    out(
      `  all rows at ${COUNT.toLocaleString('en')} ÷ at 0: ${ratio(t[`all${dbs[2]![0]}`]!.median / t.all0!.median)}; ` +
        `the window: ${ratio(t[`win${dbs[2]![0]}`]!.median / base)} (budget: the Wishlist tab ≤ 100 ms at 5,000)`,
    );
    const big = dbs[2]![0];
    out(
      `  totals at ${big}: stored sums ${ratio(t[`sums${big}`]!.median / t[`scan${big}`]!.median)} of every row ` +
        `summed; stored sums at ${big} ÷ at 0: ${ratio(t[`sums${big}`]!.median / t.sums0!.median)}`,
    );
  } finally {
    await mid.delete();
  }
}

export const dbSection: Section = {
  name: 'db',
  title: `Wishlist database: ${COUNT.toLocaleString('en')} items on fake-indexeddb (Node, not a browser)`,
  async run(out: Out) {
    const stamp = Date.now();
    const full = openMagpieDb(`bench-full-${stamp}`);
    const empty = openMagpieDb(`bench-empty-${stamp}`);
    try {
      const start = performance.now();
      await fillByImport(full, COUNT);
      const check = await queryItems({ limit: 1 }, full);
      if (check.total !== COUNT || check.corrupt)
        throw new Error(`bench: wishlist holds ${check.total} items (${check.corrupt} unreadable), not ${COUNT}`);
      out(
        `  filled with ${COUNT.toLocaleString('en')} rows as saveItem writes them, ` +
          `in one importJson (${ms(performance.now() - start)})`,
      );
      out();
      await queries(out, full);
      out();
      await saves(out, full, empty);
      out();
      await popupList(out, full, empty, stamp);
      out('  fake-indexeddb cursors are slow; for real IndexedDB run `npx tsx scripts/bench-db.ts --browser`');
    } finally {
      await full.delete();
      await empty.delete();
    }
  },
};
