import Dexie, {
  type DBCore,
  type DBCoreMutateRequest,
  type DBCoreMutateResponse,
  type DBCoreTable,
  type DBCoreTransaction,
  type Middleware,
} from 'dexie';
import { addShare, type CentSums } from './price-totals';
import { ITEMS, TOTALS, shareOfRow, type TotalRow } from './totals-rows';

/** Dexie's key range type for "every key" (DBCoreRangeType.Any), which `Table.clear()` sends. */
const ANY_RANGE = 3;

/**
 * Keeps `totals` equal to the per-currency sums of `items` in the same transaction as every write
 * to items, whichever code makes it (save, edit, remove, restore, import, clear, a test's raw put),
 * so the popup reads a few rows instead of the whole table. Below the Table API, as a Dexie DBCore
 * middleware: readwrite transactions over items also lock totals, each items mutation reads the
 * rows it replaces, and the difference goes to totals before the caller sees the result. A failed
 * totals write aborts the transaction, so the sums never drift from the rows.
 *
 * Upgrades run with the schema of each step: before the step that made `totals` there is nothing
 * to keep, and that step builds it from the rows (`rebuildTotals`).
 */
export const totalsMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'MagpieTotals',
  create(down) {
    if (!down.schema.tables.some((t) => t.name === TOTALS)) return {};
    return {
      transaction(stores, mode, options) {
        const scope = mode === 'readwrite' && stores.includes(ITEMS) && !stores.includes(TOTALS);
        return down.transaction(scope ? [...stores, TOTALS] : stores, mode, options);
      },
      table(name) {
        const table = down.table(name);
        if (name !== ITEMS) return table;
        const totals = down.table(TOTALS);
        return { ...table, mutate: (req) => inTurn(() => mutateKept(table, totals, req)) };
      },
    };
  },
};

/** The part of Dexie's Transaction that its own hooks middleware uses to run one write at a time. */
interface LockingTransaction {
  _promise<T>(mode: 'readwrite', fn: () => PromiseLike<T>, writeLock: boolean): Promise<T>;
}

/**
 * Runs one items mutation under the transaction's write lock, as Dexie's hooks do: it reads the
 * rows it replaces and then the totals it changes, which two interleaved mutations would both read
 * before either wrote. The lock also keeps Dexie's zone (its middlewares read the transaction from
 * it), so every step below chains Dexie promises, never a bare native `await`.
 */
function inTurn<T>(task: () => PromiseLike<T>): Promise<T> {
  const trans = Dexie.currentTransaction as unknown as LockingTransaction | null;
  return trans ? trans._promise('readwrite', task, true) : Dexie.Promise.resolve(task());
}

function mutateKept(items: DBCoreTable, totals: DBCoreTable, req: DBCoreMutateRequest) {
  const { trans } = req;
  const P = Dexie.Promise;
  if (req.type === 'deleteRange') {
    // Every key (a clear): the totals go too. A narrower range: read what it holds first.
    if (req.range.type === ANY_RANGE) {
      return P.resolve(items.mutate(req)).then((res) =>
        res.numFailures > 0
          ? res
          : keep(trans, () =>
              P.resolve(totals.mutate({ trans, type: 'deleteRange', range: req.range })).then(check),
            ).then(() => res),
      );
    }
    const index = items.schema.primaryKey;
    return P.resolve(items.query({ trans, values: true, query: { index, range: req.range } })).then(({ result }) =>
      P.resolve(items.mutate(req)).then((res) => {
        if (res.numFailures > 0) return res;
        const sums: CentSums = new Map();
        for (const row of result) addShare(sums, shareOfRow(row), -1);
        return keep(trans, () => applySums(totals, trans, sums)).then(() => res);
      }),
    );
  }
  const extract = items.schema.primaryKey.extractKey;
  const values: readonly unknown[] = req.type === 'delete' ? [] : req.values;
  const keys: unknown[] = req.type === 'delete' ? req.keys : (req.keys ?? values.map((v) => extract?.(v)));
  const unique = [...new Set(keys)];
  // An add only succeeds where no row was: nothing to read.
  const read =
    req.type === 'add' || unique.length === 0 ? P.resolve([]) : P.resolve(items.getMany({ trans, keys: unique }));
  return read.then((rows: unknown[]) => {
    const current = new Map<unknown, unknown>(rows.map((r, n) => [unique[n], r]));
    return P.resolve(items.mutate(req)).then((res) => {
      const sums: CentSums = new Map();
      keys.forEach((key, n) => {
        if (res.failures[n]) return;
        const next = req.type === 'delete' ? undefined : values[n];
        addShare(sums, shareOfRow(current.get(key)), -1);
        addShare(sums, shareOfRow(next), 1);
        // The same key twice in one bulk write: the second replaces the first.
        current.set(key, next);
      });
      return keep(trans, () => applySums(totals, trans, sums)).then(() => res);
    });
  });
}

/** Runs a totals write; when it fails, the whole transaction is aborted so the items write goes too. */
function keep(trans: DBCoreTransaction, write: () => PromiseLike<void>): PromiseLike<void> {
  return Dexie.Promise.resolve()
    .then(write)
    .catch((err: unknown) => {
      try {
        trans.abort();
      } catch {
        // Already finished or aborted: the error below still reaches the caller.
      }
      throw err;
    });
}

function check(res: DBCoreMutateResponse): void {
  if (res.numFailures > 0) throw Object.values(res.failures)[0] ?? new Error('could not update the totals');
}

/** Adds the differences in `sums` to the stored totals; a currency left without items loses its row. */
function applySums(totals: DBCoreTable, trans: DBCoreTransaction, sums: CentSums): PromiseLike<void> {
  const P = Dexie.Promise;
  const changed = [...sums].filter(([, s]) => s.cents !== 0 || s.count !== 0);
  if (changed.length === 0) return P.resolve();
  return P.resolve(totals.getMany({ trans, keys: changed.map(([c]) => c) })).then((stored: unknown[]) => {
    const puts: TotalRow[] = [];
    const gone: string[] = [];
    changed.forEach(([currency, d], n) => {
      const old = stored[n] as TotalRow | undefined;
      const count = (old?.count ?? 0) + d.count;
      if (count <= 0) gone.push(currency);
      else puts.push({ currency, cents: (old?.cents ?? 0) + d.cents, count });
    });
    const put =
      puts.length > 0 ? P.resolve(totals.mutate({ trans, type: 'put', values: puts })).then(check) : P.resolve();
    return put.then(() =>
      gone.length > 0 ? P.resolve(totals.mutate({ trans, type: 'delete', keys: gone })).then(check) : undefined,
    );
  });
}
