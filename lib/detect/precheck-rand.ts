/**
 * South African pages write rand as a bare "R" before the amount ("R229.99", "R 1 299"). Everywhere else an "r"
 * before digits is a model or a road ("R2", "the R40"), so the pre-check reads it as money only on a page whose
 * language tag or host says South Africa.
 */
const ZA_TAG = /[-_]za$/i;
const ZA_HOST = /\.za$/i;
const BARE_RAND = /\br\s?(?=\d)/g;

/** Whether the document says it is South African: its html lang or og:locale region, or its host. */
export function isSouthAfrican(doc: Document | null): boolean {
  if (!doc) return false;
  const lang = doc.documentElement?.getAttribute('lang') ?? '';
  const locale = doc.querySelector('meta[property="og:locale"]')?.getAttribute('content') ?? '';
  let host = '';
  try {
    host = doc.location?.hostname ?? '';
  } catch {
    host = '';
  }
  return ZA_TAG.test(lang.trim()) || ZA_TAG.test(locale.trim()) || ZA_HOST.test(host);
}

/** Lower-case page text with a bare rand sign written as its code ("r229" → "zar 229") on a South African page. */
export function withRandCode(doc: Document | null, low: string): string {
  return /\br\s?\d/.test(low) && isSouthAfrican(doc) ? low.replace(BARE_RAND, 'zar ') : low;
}
