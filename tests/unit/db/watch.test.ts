import { describe, expect, it } from 'vitest';
import { saveItem, watchItems, type QueryResult } from '@/lib/db';
import { boots, coat, freshDb } from './helpers';

/** Resolves with the first result for which `test` holds. */
function waitFor(results: QueryResult[], test: (r: QueryResult) => boolean): Promise<QueryResult> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const poll = (): void => {
      const hit = results.find(test);
      if (hit) resolve(hit);
      else if (Date.now() - started > 2000) reject(new Error('no matching result'));
      else setTimeout(poll, 5);
    };
    poll();
  });
}

describe('watchItems', () => {
  it('emits the current result, then again after a save, and stops after unsubscribe', async () => {
    const db = freshDb();
    await saveItem(coat(), db);
    const results: QueryResult[] = [];
    const stop = watchItems({ search: 'sezane' }, (r) => results.push(r), db);
    await waitFor(results, (r) => r.total === 0);
    await saveItem(boots(), db);
    const after = await waitFor(results, (r) => r.total === 1);
    expect(after.items[0]?.brand).toBe('Sézane');
    stop();
    const seen = results.length;
    await saveItem(boots({ retailer: 'Selfridges' }), db);
    await new Promise((r) => setTimeout(r, 50));
    expect(results).toHaveLength(seen);
  });
});
