import { isUnavailable } from './availability';
import { localCurrency, type CurrencyHints } from './currency';
import type { SourceName, SourceResult } from './extractor';
import { stripBrandLabel } from './brand-labels';
import { hostWords } from './opengraph';
import { cleanTitle, innermostTitle } from './title-clean';
import type { Listing } from './types';

/** Each source's reading of one page, keyed by source name. */
export type SourceResults = Partial<Record<SourceName, SourceResult>>;

/** Which source each field is taken from first. The canonical link is read by the visible-page source. */
const ORDER: Record<keyof Listing, SourceName[]> = {
  title: ['jsonld', 'microdata', 'opengraph', 'visible-page', 'datalayer'],
  brand: ['jsonld', 'microdata', 'opengraph', 'datalayer', 'page-state', 'visible-page'],
  price: ['jsonld', 'microdata', 'opengraph', 'visible-page', 'datalayer'],
  currency: ['jsonld', 'microdata', 'opengraph', 'visible-page', 'datalayer'],
  availability: ['jsonld', 'microdata', 'opengraph', 'visible-page'],
  image: ['jsonld', 'microdata', 'opengraph', 'visible-page'],
  url: ['visible-page', 'opengraph', 'jsonld', 'microdata'],
};

/** Sources below this confidence (a lone unmatched product scope, a guess) rank after all others. */
const TRUSTED = 0.5;

/**
 * Field by field, the first source (JSON-LD > microdata > OpenGraph > visible page) that has a value,
 * except where the page contradicts the markup: a markup price that the page shows struck out
 * gives way to the current one, and markup "out of stock" gives way to an enabled buy button.
 */
export function mergeResults(results: SourceResults, pageUrl: string, currency: CurrencyHints): Listing {
  const ranked = (field: keyof Listing) => {
    const list = ORDER[field].map((n) => results[n]).filter((r): r is SourceResult => !!r && r.confidence > 0);
    return [...list.filter((r) => r.confidence >= TRUSTED), ...list.filter((r) => r.confidence < TRUSTED)];
  };
  const first = <K extends keyof Listing>(field: K): Listing[K] | null =>
    (ranked(field).find((r) => r[field] !== null && r[field] !== undefined)?.[field] as Listing[K] | undefined) ?? null;

  const shown = results['visible-page'];
  const priced = shownOffer(
    outvoted(pickPrice(ranked('price'), Object.values(results)), ranked('price'), shown),
    shown,
  );
  const price = priced?.price ?? null;
  const cur = priced?.currency ?? (price !== null ? (first('currency') ?? localCurrency(currency)) : null);
  const titles = ranked('title')
    .map((r) => cleanTitle(r.title ?? null))
    .filter((t): t is string => !!t);
  const brand =
    ranked('brand')
      .map((r) => (r.brand ? stripBrandLabel(r.brand) : null))
      .find((b) => !!b) ?? null;
  // the benchmark's rule and a shopper's reading: a product on sale is in stock unless the page says otherwise
  const availability =
    pickAvailability(ranked('availability'), results['visible-page']) ?? (price !== null ? 'InStock' : null);
  return {
    title: titles[0] ? innermostTitle(titles[0], titles.slice(1), hostWords(pageUrl)) : null,
    brand,
    price,
    currency: cur,
    availability,
    image: first('image'),
    // the canonical link is the page's own statement of its URL: no confidence ranking applies
    url: results['visible-page']?.url ?? first('url') ?? pageUrl,
  };
}

const close = (a: number, b: number) => Math.abs(a - b) < 0.005;

function pickPrice(ranked: SourceResult[], all: Array<SourceResult | undefined>): SourceResult | null {
  const priced = ranked.filter((r) => typeof r.price === 'number');
  const chosen = priced[0];
  if (!chosen) return null;
  const regular = all.flatMap((r) => r?.regularPrices ?? []);
  const isRegular = (p: number) => regular.some((r) => close(r, p));
  if (!isRegular(chosen.price!)) return chosen;
  // the page marks this amount as the former price: take a current one another source gives
  return priced.find((r) => !isRegular(r.price!) && !close(r.price!, chosen.price!)) ?? chosen;
}

function pickAvailability(ranked: SourceResult[], visible: SourceResult | undefined): Listing['availability'] {
  const markup = ranked.find((r) => r !== visible && r.availability)?.availability ?? null;
  if (!markup) return visible?.availability ?? null;
  if (isUnavailable(markup) && visible?.availability === 'InStock' && visible.availabilityEvidence === 'buy-button') {
    return 'InStock';
  }
  return markup;
}

/**
 * Markup listing several offers at different prices for one item (an internet price and a card
 * price, a first offer and a sale one): the one the page shows as its current price is the main one.
 */
function shownOffer(chosen: SourceResult | null, visible: SourceResult | undefined): SourceResult | null {
  const offers = chosen?.offerPrices ?? [];
  const shown = visible?.price;
  if (!chosen || typeof shown !== 'number' || new Set(offers).size < 2 || close(shown, chosen.price!)) return chosen;
  return offers.some((p) => close(p, shown)) ? { ...chosen, price: shown } : chosen;
}

/**
 * The first source's price stands alone while the page shows another that a second markup source
 * confirms (OpenGraph and the visible page both give the current bid, JSON-LD a starting price):
 * the shown, confirmed price wins.
 */
function outvoted(
  chosen: SourceResult | null,
  ranked: SourceResult[],
  shown: SourceResult | undefined,
): SourceResult | null {
  if (!chosen || !shown || shown === chosen || typeof shown.price !== 'number') return chosen;
  const others = ranked.filter((r) => r !== chosen && r.confidence >= TRUSTED && typeof r.price === 'number');
  if (others.some((r) => close(r.price!, chosen.price!))) return chosen;
  const agree = others.filter(
    (o) =>
      o !== shown && close(o.price!, shown.price!) && (!o.currency || !shown.currency || o.currency === shown.currency),
  );
  return agree.length ? agree[0]! : chosen;
}
