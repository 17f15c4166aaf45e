import type { SavedItem } from '@/lib/db/types';
import { mockItem } from '@/tests/support/mock-data';

/** A mock item with chosen fields; ids stay unique through `i`. */
export function item(i: number, over: Partial<SavedItem> = {}): SavedItem {
  return { ...mockItem(i), ...over };
}

/** Four distinct items, newest first: a small wishlist whose order and filters are easy to read. */
export function fourItems(): SavedItem[] {
  const t = Date.UTC(2025, 3, 1);
  return [
    item(0, {
      brand: 'Staud',
      name: 'Shirley Bag',
      retailer: 'Shopbop',
      createdAt: t + 4000,
      currentPrice: 325,
      currency: 'USD',
      articlePrice: { amount: 295, currency: 'USD' },
      availability: 'InStock',
      priceDropped: false,
      notes: '',
      tags: [],
    }),
    item(1, {
      brand: 'Ganni',
      name: 'Ribbed Cardigan',
      retailer: 'Net-a-Porter',
      createdAt: t + 3000,
      currentPrice: 120,
      currency: 'GBP',
      articlePrice: { amount: 180, currency: 'GBP' },
      availability: 'InStock',
      priceDropped: true,
      notes: 'for the office',
      tags: ['work'],
    }),
    item(2, {
      brand: 'Acne Studios',
      name: 'Wool Coat',
      retailer: 'SSENSE',
      createdAt: t + 2000,
      currentPrice: null,
      currency: null,
      articlePrice: { amount: 900, currency: 'GBP' },
      availability: 'OutOfStock',
      priceDropped: false,
      notes: '',
      tags: ['winter'],
    }),
    item(3, {
      brand: null,
      name: 'Silk Scarf',
      retailer: 'Shopbop',
      createdAt: t + 1000,
      currentPrice: 60,
      currency: 'USD',
      articlePrice: null,
      availability: null,
      priceDropped: false,
      notes: 'gift for Ana',
      tags: [],
    }),
  ];
}
