import { afterEach, describe, expect, it } from 'vitest';
import { MentionCard } from '@/components/MentionCard';
import { WishlistRow } from '@/components/WishlistRow';
import { openUrlFor, safeHttpUrl } from '@/components/safe-url';
import { cleanSaveInput } from '@/lib/db/sanitize';
import { mockItem } from '@/tests/support/mock-data';
import { readListing } from '@/lib/resolve/read-listing';
import { storedState } from '@/lib/resolve/stored-state';
import { guardedUrl } from '@/lib/links/url-guard';
import type { ResolverDeps } from '@/lib/resolve/deps';
import type { Listing } from '@/lib/listing/types';
import { cleanup, mount } from '../components/dom';

afterEach(cleanup);

// Addresses a hostile shop page (og:image, JSON-LD image, canonical) could point Magpie's views at.
const PRIVATE = [
  'http://192.168.1.1/router.png',
  'http://127.0.0.2:8080/x.jpg',
  'http://10.0.0.5/img.jpg',
  'http://169.254.169.254/latest/meta-data/',
  'http://[::1]/a.png',
  'http://[fd00::2]/a.png',
  'http://localhost/a.png',
  'http://nas.local/a.png',
  'http://intranet/a.png',
];
const PUBLIC_IMAGE = 'https://cdn.shop.com/bag.jpg';

const listing = (over: Partial<Listing>): Listing => ({
  title: 'Bag',
  brand: 'Staud',
  price: 100,
  currency: 'USD',
  availability: 'InStock',
  image: PUBLIC_IMAGE,
  url: 'https://www.shop.com/bag',
  ...over,
});

describe('guardedUrl', () => {
  it.each(PRIVATE)('drops %s', (url) => expect(guardedUrl(url)).toBeNull());
  it('keeps a public http(s) URL', () => expect(guardedUrl(PUBLIC_IMAGE)).toBe(PUBLIC_IMAGE));
});

describe('at the resolver boundary', () => {
  it.each(PRIVATE)('drops a listing image or canonical URL on %s', async (bad) => {
    const deps = { extract: () => listing({ image: bad, url: bad }) } as unknown as ResolverDeps;
    const got = await readListing(
      { url: 'https://www.shop.com/bag?x=1', status: 200, contentType: 'text/html', text: '' },
      deps,
    );
    expect(got?.image).toBeNull();
    expect(got?.url).toBe('https://www.shop.com/bag?x=1');
  });

  it.each(PRIVATE)('never stores %s in a tab’s resolve states', (bad) => {
    const s = storedState({ status: 'resolved', listing: listing({ image: bad, url: bad }), checkedAt: 1 });
    expect(s.status === 'resolved' && [s.listing.image, s.listing.url]).toEqual([null, null]);
    expect(storedState({ status: 'not-found', searchUrl: bad })).toEqual({ status: 'not-found', searchUrl: null });
  });
});

describe('when rows are cleaned for the wishlist', () => {
  it.each(PRIVATE)('stores null for an image or link on %s, and still saves the item', (bad) => {
    const clean = cleanSaveInput({
      name: 'Bag',
      source: 'article',
      image: bad,
      listingUrl: bad,
      mentionUrl: bad,
      articleUrl: 'https://blog.example.com/a',
    });
    expect([clean.image, clean.listingUrl, clean.mentionUrl]).toEqual([null, null, null]);
    expect(clean.articleUrl).toBe('https://blog.example.com/a');
  });
});

describe('when a view renders', () => {
  it.each(PRIVATE)('loads no picture and links nowhere on %s', (bad) => {
    expect(safeHttpUrl(bad)).toBeNull();
    expect(openUrlFor({ mentionUrl: bad, listingUrl: bad, articleUrl: null })).toBeNull();
    const card = mount(
      <ul>
        <MentionCard
          mention={{ brand: 'Staud', name: 'Bag', price: null, retailer: 'Shop', url: bad }}
          state={{ status: 'resolved', checkedAt: 1, listing: listing({ image: bad }) }}
          saved={false}
          busy={false}
          onToggle={() => {}}
        />
      </ul>,
    ).root;
    expect(card.querySelector('img')).toBeNull();
    expect(card.innerHTML).not.toContain(new URL(bad).host);
  });

  it('still shows a public picture', () => {
    const card = mount(
      <ul>
        <MentionCard
          mention={{ brand: 'Staud', name: 'Bag', price: null, retailer: 'Shop', url: null }}
          state={{ status: 'resolved', checkedAt: 1, listing: listing({}) }}
          saved={false}
          busy={false}
          onToggle={() => {}}
        />
      </ul>,
    ).root;
    expect(card.querySelector('img')?.getAttribute('src')).toBe(PUBLIC_IMAGE);
  });

  it('renders a stored wishlist row from before the guard without its private picture', () => {
    const item = { ...mockItem(0), image: 'http://192.168.1.1/cam.jpg' };
    const none = () => {};
    const later = async () => {};
    const root = mount(
      <ul>
        <WishlistRow item={item} editing={null} onEdit={none} onRemove={none} onSaveNotes={later} onSaveTags={later} />
      </ul>,
    ).root;
    expect(root.textContent).toContain(item.name);
    expect(root.querySelector('img[src*="192.168"]')).toBeNull();
  });
});
