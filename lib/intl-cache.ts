/**
 * Intl formatters built once per option set and reused: building one costs far more than formatting with it
 * (a wishlist row formats a date and prices; 5,000 rows would build 5,000 formatters). The reader's locale is
 * fixed for the life of an extension page, so the cache never goes stale.
 */
const dates = new Map<string, Intl.DateTimeFormat>();
const numbers = new Map<string, Intl.NumberFormat>();

/** A date formatter in the reader's locale for these options, shared by every caller that asks for the same ones. */
export function dateFormat(options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = JSON.stringify(options);
  let f = dates.get(key);
  if (!f) dates.set(key, (f = new Intl.DateTimeFormat(undefined, options)));
  return f;
}

/**
 * A number formatter in the reader's locale for these options; throws (uncached) when Intl rejects them (an unknown
 * currency).
 */
export function numberFormat(options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = JSON.stringify(options);
  let f = numbers.get(key);
  if (!f) numbers.set(key, (f = new Intl.NumberFormat(undefined, options)));
  return f;
}
