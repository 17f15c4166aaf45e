/** A price as Magpie stores it: an amount and its ISO 4217 currency code. */
export interface Price {
  amount: number;
  currency: string;
}
