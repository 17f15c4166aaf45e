/** schema.org ItemAvailability short names. */
export const AVAILABILITIES = [
  'InStock',
  'OutOfStock',
  'PreOrder',
  'PreSale',
  'BackOrder',
  'LimitedAvailability',
  'InStoreOnly',
  'OnlineOnly',
  'SoldOut',
  'Discontinued',
  'MadeToOrder',
  'Reserved',
] as const;
export type Availability = (typeof AVAILABILITIES)[number];

/** A retailer's product listing as read from its product page; null where the page has no value. */
export interface Listing {
  title: string | null;
  brand: string | null;
  price: number | null;
  /** ISO 4217 */
  currency: string | null;
  availability: Availability | null;
  /** Absolute URL */
  image: string | null;
  /** Canonical absolute URL */
  url: string | null;
}
