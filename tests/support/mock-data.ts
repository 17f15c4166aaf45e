import type { Availability } from '../../lib/listing/types';
import type { SavedItem, TabView } from '../../lib/api/types';
import { textKey, urlKey } from '../../lib/db/key';
import { isPriceDropped } from '../../lib/db/price-drop';

const BRANDS = [
  'Mansur Gavriel',
  'Staud',
  'Jacquemus',
  'Cult Gaia',
  'Simon Miller',
  'Loeffler Randall',
  'Ganni',
  'Toteme',
  'Khaite',
  'Nanushka',
];
const NAMES = [
  'Mini Bucket Bag',
  'Shirley Leather Bag',
  'Le Chiquito Mini',
  'Ark Small Bag',
  'Bonsai 15 Bag',
  'Rennie Pouch',
  'Ribbed Cardigan',
  'Leather Loafers',
  'Wool Coat',
  'Silk Midi Skirt',
];
const RETAILERS = [
  ['Net-a-Porter', 'https://www.net-a-porter.com/en-gb/shop/product/'],
  ['SSENSE', 'https://www.ssense.com/en-gb/women/product/'],
  ['Nordstrom', 'https://www.nordstrom.com/s/'],
  ['Shopbop', 'https://www.shopbop.com/'],
] as const;
const AVAILABILITY: (Availability | null)[] = ['InStock', 'OutOfStock', 'LimitedAvailability', null];

/** One deterministic wishlist item; `i` picks every field so the list is reproducible. */
export function mockItem(i: number, now = Date.UTC(2025, 0, 1)): SavedItem {
  const brand = BRANDS[i % BRANDS.length] ?? null;
  const name = `${NAMES[(i * 7) % NAMES.length] ?? 'Bag'} ${i + 1}`;
  const [retailer, base] = RETAILERS[i % RETAILERS.length] ?? RETAILERS[0];
  const listingUrl = `${base}${1000 + i}`;
  const articleAmount = 100 + ((i * 37) % 900);
  const currentPrice = i % 5 === 0 ? articleAmount - 20 : i % 5 === 1 ? articleAmount + 15 : articleAmount;
  const createdAt = now - i * 60_000;
  const item: SavedItem = {
    id: urlKey(listingUrl) ?? textKey(brand, name, retailer),
    brand,
    name,
    retailer,
    listingUrl,
    articleUrl: `https://www.example-magazine.com/fashion/edit-${i % 12}`,
    articleTitle: `The edit, part ${(i % 12) + 1}`,
    mentionUrl:
      i % 3 === 0 ? null : `https://click.linksynergy.com/deeplink?id=demo&murl=${encodeURIComponent(listingUrl)}`,
    articlePrice: { amount: articleAmount, currency: 'GBP' },
    currentPrice: i % 7 === 6 ? null : currentPrice,
    currency: i % 7 === 6 ? null : 'GBP',
    availability: AVAILABILITY[i % AVAILABILITY.length] ?? null,
    image: null,
    notes: i % 4 === 0 ? `Note ${i}` : '',
    tags: i % 6 === 0 ? ['gift'] : [],
    source: 'article',
    createdAt,
    updatedAt: createdAt,
    priceDropped: false,
    textKey: textKey(brand, name, retailer),
    urlKey: urlKey(listingUrl),
  };
  item.priceDropped = isPriceDropped(item, null);
  return item;
}

/** `n` deterministic items, newest first. */
export function mockItems(n: number): SavedItem[] {
  return Array.from({ length: n }, (_, i) => mockItem(i));
}

/** A tab with one mention in each resolve state, for previews and tests. */
export function sampleTabView(): TabView {
  return {
    pageUrl: 'https://www.example-magazine.com/fashion/best-micro-bags',
    pageTitle: 'The best micro bags of the season',
    mentions: [
      {
        brand: 'Jacquemus',
        name: 'Le Chiquito Mini Bag',
        price: { amount: 450, currency: 'GBP' },
        retailer: 'Net-a-Porter',
        url: 'https://www.net-a-porter.com/en-gb/shop/product/jacquemus/le-chiquito/1234',
      },
      {
        brand: 'Staud',
        name: 'Shirley Leather Bag',
        price: { amount: 295, currency: 'USD' },
        retailer: 'Shopbop',
        url: 'https://www.shopbop.com/shirley-bag/vp/v=1/1111.htm',
      },
      {
        brand: 'Cult Gaia',
        name: 'Ark Small Bag',
        price: { amount: 198, currency: 'USD' },
        retailer: 'Nordstrom',
        url: 'https://www.nordstrom.com/s/ark-small/2222',
      },
      {
        brand: 'Simon Miller',
        name: 'Bonsai 15 Bag',
        price: { amount: 290, currency: 'USD' },
        retailer: 'SSENSE',
        url: null,
      },
      {
        brand: 'Loeffler Randall',
        name: 'Rennie Pouch',
        price: { amount: 195, currency: 'USD' },
        retailer: 'Loeffler Randall',
        url: 'https://www.loefflerrandall.com/products/rennie',
      },
    ],
    states: [
      {
        status: 'resolved',
        checkedAt: Date.UTC(2025, 0, 1),
        listing: {
          title: 'Le Chiquito mini leather tote',
          brand: 'Jacquemus',
          price: 395,
          currency: 'GBP',
          availability: 'InStock',
          image: 'https://www.net-a-porter.com/variants/images/1234/in/w920_q60.jpg',
          url: 'https://www.net-a-porter.com/en-gb/shop/product/jacquemus/le-chiquito/1234',
        },
      },
      {
        status: 'resolved',
        checkedAt: Date.UTC(2025, 0, 1),
        listing: {
          title: 'Shirley Leather Bag',
          brand: 'Staud',
          price: 325,
          currency: 'USD',
          availability: 'LimitedAvailability',
          image: null,
          url: 'https://www.shopbop.com/shirley-bag/vp/v=1/1111.htm',
        },
      },
      { status: 'pending' },
      { status: 'not-found', searchUrl: 'https://www.ssense.com/en-gb/search?q=Simon+Miller+Bonsai+15' },
      { status: 'unavailable', reason: 'The shop did not answer in time.' },
    ],
    savedIds: [null, null, null, null, null],
  };
}
