// @vitest-environment node
import 'fake-indexeddb/auto';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { getHistory, getItem, openMagpieDb, saveItem, type MagpieDB } from '@/lib/db';
import { dispatchAlerts, type AlertText } from '@/lib/background/alerts';
import { refreshStep, storedRun, type RefreshDeps } from '@/lib/background/refresh';
import {
  ensureRefreshAlarm,
  registerRefresh,
  REFRESH_ALARM,
  REFRESH_MORE_ALARM,
  runRefresh,
} from '@/lib/background/refresh-alarms';
import { resolveMention } from '@/lib/resolve/resolver';
import { saveTracking } from '@/lib/tracking-settings';
import { CASES } from '../../fixtures/retail-web/routes';
import { startRetailHarness, type RetailHarness } from '../resolve/harness';
import { fakeAlarms } from './fake-alarms';

const POUCH =
  'https://www.net-a-porter.com/en-us/shop/product/theory/bags/pouches/post-small-leather-trimmed-satin-pouch/1016843';
const HOUR = 3_600_000;
const T0 = Date.UTC(2026, 11, 6, 9);

let h: RetailHarness;
beforeAll(async () => {
  h = await startRetailHarness();
});
afterAll(async () => {
  await h.server.close();
});

let db: MagpieDB;
let sent: AlertText[];
let live: boolean;
beforeEach(() => {
  fakeBrowser.reset();
  db = openMagpieDb(`refresh-${crypto.randomUUID()}`);
  sent = [];
  live = true;
  h.web.setListing(POUCH, null);
});
afterEach(async () => {
  vi.useRealTimers();
  await db.delete();
});

function deps(over: Partial<RefreshDeps> = {}): RefreshDeps {
  return {
    db,
    now: Date.now,
    livePrices: async () => live,
    resolve: (m) => resolveMention(m, h.deps({ cache: false }), { force: true }),
    afterBatch: () =>
      dispatchAlerts({
        db,
        tracking: async () => ({ refreshHours: 12, alerts: true, dropPercent: 10 }),
        notify: async (_id, text) => void sent.push(text),
      }),
    loadRun: storedRun.load,
    saveRun: storedRun.save,
    ...over,
  };
}

const pouch = () =>
  saveItem(
    {
      source: 'article',
      brand: 'Theory',
      name: 'Post small leather-trimmed satin pouch',
      retailer: 'Net-a-Porter',
      listingUrl: POUCH,
      articlePrice: { amount: 195, currency: 'USD' },
      currentPrice: 195,
      currency: 'USD',
      availability: 'InStock',
    },
    db,
  );

describe('scheduled refresh', () => {
  it('schedules every 12 hours by default, and follows the setting', async () => {
    const clock = fakeAlarms(T0);
    await ensureRefreshAlarm(clock.api);
    expect(clock.api.all.get(REFRESH_ALARM)).toMatchObject({ periodInMinutes: 720, scheduledTime: T0 + 12 * HOUR });
    await saveTracking({ refreshHours: 6, alerts: true, dropPercent: 10 });
    await ensureRefreshAlarm(clock.api);
    expect(clock.api.all.get(REFRESH_ALARM)?.periodInMinutes).toBe(360);
  });

  it(
    'the alarm re-checks a saved item: new price, one history row, exactly one notification; no change adds nothing',
    { timeout: 30_000 },
    async () => {
      const clock = fakeAlarms(T0);
      const { id } = await pouch();
      registerRefresh(clock.api, () => deps());
      await vi.waitFor(() => expect(clock.api.all.has(REFRESH_ALARM)).toBe(true));
      h.web.setListing(POUCH, { price: 149 });
      expect(clock.advance(11 * HOUR)).toEqual([]);
      expect(clock.advance(1 * HOUR)).toEqual([REFRESH_ALARM]);
      await vi.waitFor(async () => expect((await getItem(id, db))?.currentPrice).toBe(149), { timeout: 10_000 });
      await vi.waitFor(() => expect(sent).toHaveLength(1));
      expect(sent[0]!.message).toBe('Price drop: Theory Post small leather-trimmed satin pouch now $149, was $195');
      expect((await getHistory(id, db)).map((r) => r.price)).toEqual([195, 149]);

      const hits = h.web.hits.get(`/retail/www.net-a-porter.com${new URL(POUCH).pathname}`) ?? 0;
      expect(clock.advance(12 * HOUR)).toEqual([REFRESH_ALARM]);
      await vi.waitFor(async () => expect((await getItem(id, db))?.checkedAt).toBeGreaterThanOrEqual(T0 + 24 * HOUR), {
        timeout: 10_000,
      });
      expect(h.web.hits.get(`/retail/www.net-a-porter.com${new URL(POUCH).pathname}`)).toBe(hits + 1);
      expect(await getHistory(id, db)).toHaveLength(2);
      expect(sent).toHaveLength(1);
    },
  );

  it('a drop below the threshold records history but sends no alert; back in stock does', async () => {
    fakeAlarms(T0);
    const { id } = await pouch();
    h.web.setListing(POUCH, { price: 185, availability: 'OutOfStock' });
    vi.setSystemTime(T0 + HOUR);
    await refreshStep(deps());
    expect(sent).toEqual([]);
    h.web.setListing(POUCH, { price: 185, availability: 'InStock' });
    vi.setSystemTime(T0 + 2 * HOUR);
    await refreshStep(deps());
    expect(sent.map((s) => s.title)).toEqual(['Back in stock']);
    expect((await getHistory(id, db)).map((r) => [r.price, r.availability])).toEqual([
      [195, 'InStock'],
      [185, 'OutOfStock'],
      [185, 'InStock'],
    ]);
  });

  it('a failed check keeps the last listing and records why', async () => {
    fakeAlarms(T0);
    const item = await saveItem(
      {
        source: 'article',
        brand: 'Zara',
        name: 'Blocked bag',
        listingUrl: CASES.wall403,
        currentPrice: 30,
        currency: 'USD',
        availability: 'InStock',
      },
      db,
    );
    vi.setSystemTime(T0 + HOUR);
    expect(await refreshStep(deps())).toMatchObject({ checked: 1, failed: 1, more: false });
    expect(await getItem(item.id, db)).toMatchObject({
      currentPrice: 30,
      availability: 'InStock',
      checkedAt: T0 + HOUR,
    });
    expect((await getItem(item.id, db))?.checkProblem).toMatch(/blocked/i);
  });

  it('without live prices nothing is fetched', async () => {
    fakeAlarms(T0);
    await pouch();
    live = false;
    const before = [...h.web.hits.values()].reduce((a, b) => a + b, 0);
    expect(await refreshStep(deps())).toMatchObject({ checked: 0, skipped: 'no-live-prices' });
    expect([...h.web.hits.values()].reduce((a, b) => a + b, 0)).toBe(before);
  });

  it('a run cut off midway resumes oldest-first without re-checking or duplicating history', async () => {
    fakeAlarms(T0);
    const ids: string[] = [];
    for (let n = 0; n < 6; n++) {
      vi.setSystemTime(T0 + n * 1000);
      ids.push(
        (
          await saveItem(
            {
              source: 'article',
              brand: 'Theory',
              name: 'Post small leather-trimmed satin pouch',
              listingUrl: `${POUCH}?v=${n}`,
              currentPrice: 195,
              currency: 'USD',
            },
            db,
          )
        ).id,
      );
    }
    h.web.setListing(POUCH, { price: 149 });
    vi.setSystemTime(T0 + HOUR);
    const order: string[] = [];
    // The worker "stops" after the first batch: the budget runs out.
    let calls = 0;
    const first = await refreshStep(
      deps({
        now: () => T0 + HOUR + (calls++ > 1 ? 60_000 : 0),
        resolve: (m) => (order.push(m.url!), resolveMention(m, h.deps({ cache: false }), { force: true })),
      }),
      30_000,
    );
    expect(first).toMatchObject({ checked: 4, more: true });
    expect(await storedRun.load()).toEqual({ startedAt: T0 + HOUR });
    vi.setSystemTime(T0 + 2 * HOUR);
    const rest = await refreshStep(
      deps({ resolve: (m) => (order.push(m.url!), resolveMention(m, h.deps({ cache: false }), { force: true })) }),
    );
    expect(rest).toMatchObject({ checked: 2, more: false });
    expect(order).toEqual([0, 1, 2, 3, 4, 5].map((n) => `${POUCH}?v=${n}`));
    for (const id of ids) expect((await getHistory(id, db)).map((r) => r.price)).toEqual([195, 149]);
    expect(sent).toHaveLength(6);
    expect(await storedRun.load()).toBeNull();
  });

  it('a worker that restarts with a run unfinished schedules the follow-up, which finishes it', async () => {
    const clock = fakeAlarms(T0);
    const { id } = await pouch();
    h.web.setListing(POUCH, { price: 149 });
    // The run began an hour ago and the worker stopped before checking anything.
    await storedRun.save({ startedAt: T0 + HOUR });
    vi.setSystemTime(T0 + 2 * HOUR);
    registerRefresh(clock.api, () => deps());
    await vi.waitFor(() => expect(clock.api.all.has(REFRESH_MORE_ALARM)).toBe(true));
    expect(clock.advance(60_000)).toContain(REFRESH_MORE_ALARM);
    await vi.waitFor(async () => expect((await getItem(id, db))?.currentPrice).toBe(149), { timeout: 10_000 });
    await vi.waitFor(async () => expect(await storedRun.load()).toBeNull());
    expect(sent).toHaveLength(1);
  });

  it('a wake-up that runs out of budget leaves a follow-up alarm', async () => {
    const clock = fakeAlarms(T0);
    await pouch();
    vi.setSystemTime(T0 + HOUR);
    let t = T0 + HOUR;
    const step = await runRefresh(clock.api, deps({ now: () => (t += 30_000) }));
    expect(step.more).toBe(true);
    expect(clock.api.all.get(REFRESH_MORE_ALARM)?.scheduledTime).toBe(T0 + HOUR + 30_000);
  });
});
