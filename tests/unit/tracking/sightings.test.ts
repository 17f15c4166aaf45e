// @vitest-environment node
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { getHistory, getItem, openMagpieDb, saveItem, unhandledChanges } from '@/lib/db';
import { recordSighting } from '@/lib/background/sightings';
import { alertTarget, ALERT_PREFIX, describeAlert } from '@/lib/background/alerts';
import type { Mention } from '@/lib/detect/types';

const db = openMagpieDb(`sightings-${crypto.randomUUID()}`);
afterEach(() => vi.useRealTimers());

const URL_ =
  'https://www.net-a-porter.com/en-us/shop/product/theory/bags/pouches/post-small-leather-trimmed-satin-pouch/1016843';
const mention: Mention = {
  brand: 'Theory',
  name: 'Post small leather-trimmed satin pouch',
  price: { amount: 195, currency: 'USD' },
  retailer: 'Net-a-Porter',
  url: URL_,
};
const listing = (price: number) => ({
  title: mention.name,
  brand: 'THEORY',
  price,
  currency: 'USD',
  availability: 'InStock' as const,
  image: null,
  url: URL_,
});

describe('every sighting updates the item', () => {
  it('a resolved listing of a saved product updates it once; an older (cached) reading changes nothing', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(1000);
    const { id } = await saveItem(
      {
        source: 'article',
        ...mention,
        articlePrice: mention.price,
        listingUrl: URL_,
        currentPrice: 195,
        currency: 'USD',
        availability: 'InStock',
      },
      db,
    );
    vi.setSystemTime(5000);
    expect(await recordSighting(mention, { status: 'resolved', listing: listing(149), checkedAt: 4000 }, db)).toBe(id);
    expect(await getItem(id, db)).toMatchObject({ currentPrice: 149, checkedAt: 5000, priceDropped: true });
    // A stale cached reading from before arrives later: no flapping back to $195.
    await recordSighting(mention, { status: 'resolved', listing: listing(195), checkedAt: 900 }, db);
    expect((await getItem(id, db))?.currentPrice).toBe(149);
    expect((await getHistory(id, db)).map((h) => h.price)).toEqual([195, 149]);
    const [change] = await unhandledChanges(10, db);
    expect(describeAlert(change!, (await getItem(id, db))!, 10)?.message).toBe(
      'Price drop: Theory Post small leather-trimmed satin pouch now $149, was $195',
    );
    expect(await alertTarget(`${ALERT_PREFIX}${change!.id}`, db)).toBe(URL_);
    expect(await alertTarget('someone-else-7', db)).toBeNull();
  });

  it('a listing of a product not on the wishlist, or a failed state, writes nothing', async () => {
    const other = {
      ...mention,
      name: 'Leather clutch',
      url: 'https://www.net-a-porter.com/en-us/shop/product/theory/clutch/1',
    };
    expect(
      await recordSighting(
        other,
        { status: 'resolved', listing: { ...listing(10), url: other.url }, checkedAt: 9e12 },
        db,
      ),
    ).toBeNull();
    expect(await recordSighting(mention, { status: 'unavailable', reason: 'x' }, db)).toBeNull();
  });
});
