/**
 * The per-currency totals' rule for the extension pages (the mock API and components sum a list
 * with it); the database keeps the same sums for the whole wishlist as rows are written.
 */
export { totalsByCurrency, type CurrencyTotal } from '../db/price-totals';
