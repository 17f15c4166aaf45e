import { AVAILABILITIES, type Availability } from './types';

/** Squashed spellings (lower case, letters only) → schema.org short name. */
const ALIASES: Record<string, Availability> = {
  instock: 'InStock',
  available: 'InStock',
  availablenow: 'InStock',
  instockonline: 'InStock',
  true: 'InStock',
  yes: 'InStock',
  outofstock: 'OutOfStock',
  oos: 'OutOfStock',
  unavailable: 'OutOfStock',
  notavailable: 'OutOfStock',
  currentlyunavailable: 'OutOfStock',
  nostock: 'OutOfStock',
  false: 'OutOfStock',
  soldout: 'SoldOut',
  preorder: 'PreOrder',
  presale: 'PreSale',
  backorder: 'BackOrder',
  backordered: 'BackOrder',
  limitedavailability: 'LimitedAvailability',
  limitedstock: 'LimitedAvailability',
  lowstock: 'LimitedAvailability',
  instoreonly: 'InStoreOnly',
  onlineonly: 'OnlineOnly',
  discontinued: 'Discontinued',
  nolongeravailable: 'Discontinued',
  madetoorder: 'MadeToOrder',
  reserved: 'Reserved',
};

for (const a of AVAILABILITIES) ALIASES[a.toLowerCase()] = a;

/**
 * Reads an availability value as markup writes it — "http://schema.org/InStock",
 * "https://schema.org/OutOfStock", "InStock", "in stock", "out_of_stock", "SoldOut", "instock" —
 * as a schema.org short name; null when unrecognised.
 */
export function normaliseAvailability(value: unknown): Availability | null {
  if (typeof value === 'boolean') return value ? 'InStock' : 'OutOfStock';
  if (typeof value !== 'string' || value.length > 100) return null;
  const last = value.trim().split(/[/#:]/).pop() ?? '';
  const key = last.toLowerCase().replace(/[^a-z]/g, '');
  return ALIASES[key] ?? null;
}

/** Availabilities under which the product can be bought now. */
export function isBuyable(a: Availability | null | undefined): boolean {
  return a === 'InStock' || a === 'LimitedAvailability' || a === 'OnlineOnly' || a === 'InStoreOnly';
}

/** Availabilities under which the product cannot be bought. */
export function isUnavailable(a: Availability | null | undefined): boolean {
  return a === 'OutOfStock' || a === 'SoldOut' || a === 'Discontinued';
}
