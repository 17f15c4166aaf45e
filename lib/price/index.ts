export type { Price } from './types';
export { isPrice } from './validate';
export { parsePrice, readPrice, type PriceReading } from './parse';
export { findPrices, type PriceMatch, type PriceRole, type PriceOptions } from './find';
export { currencyFromSymbol, normaliseCurrency } from './currency';
export { readAmount } from './amount';
export { currencyForHost, currencyForLocale, dollarCurrencyForLocale } from './host';
export { pageCurrency, type PageCurrencyHints } from './page-currency';
export { countryCode } from './countries';
