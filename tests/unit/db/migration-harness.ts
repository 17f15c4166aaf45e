import Dexie from 'dexie';
import { openMagpieDb, type MagpieDB } from '@/lib/db';

/**
 * Creates database `name` as an older Magpie left it: declared with raw Dexie at `version`
 * using that version's `stores` (copied literally into the test, never imported, so an edit to
 * a shipped schema step shows up as a failure), then filled with `rows` per table.
 */
export async function seedAtVersion(
  name: string,
  version: number,
  stores: Record<string, string>,
  rows: Record<string, unknown[]>,
): Promise<void> {
  const old = new Dexie(name);
  old.version(version).stores(stores);
  await old.open();
  await old.transaction('rw', Object.keys(rows), async () => {
    for (const [table, list] of Object.entries(rows)) await old.table(table).bulkAdd(list);
  });
  old.close();
}

/** Opens `name` with today's MagpieDB (running any upgrades) and reads every table back raw. */
export async function openUpgraded(name: string): Promise<{ db: MagpieDB; tables: Record<string, unknown[]> }> {
  const db = openMagpieDb(name);
  await db.open();
  const tables: Record<string, unknown[]> = {};
  for (const table of db.tables) tables[table.name] = await table.toArray();
  return { db, tables };
}
