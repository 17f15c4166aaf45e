/** A price as Magpie stores it: an amount and its ISO 4217 currency code. */
export interface Price {
  amount: number;
  currency: string;
}

/** What an amount is to the product: its price now, its former price, or one end of a range. */
export type PriceRole = 'current' | 'was' | 'range-low' | 'range-high';

/** A run of text: [s, e) and what it says. */
export interface Span {
  s: number;
  e: number;
  text: string;
}
