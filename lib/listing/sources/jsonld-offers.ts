import { normaliseAvailability } from '../availability';
import { currencyInText, normaliseCurrency, type CurrencyHints } from '../currency';
import { asList, isRecord, prop, type JsonRecord } from '../guards';
import { typeNames } from './jsonld-nodes';
import { readMachineAmount } from '../number';
import type { Availability } from '../types';

/** What one JSON-LD offer says. */
export interface OfferReading {
  price: number | null;
  currency: string | null;
  availability: Availability | null;
  /** Strikethrough / list prices given alongside the current one. */
  regularPrices: number[];
}

const MAX_OFFERS = 500;
const REGULAR_TYPES = /strikethrough|listprice|msrp|srp|wasprice|originalprice|regularprice/i;

/**
 * Every offer under an `offers` value — an object, an array, nested arrays, an AggregateOffer with
 * or without its own offers — in page order. An AggregateOffer reads lowPrice, else price.
 */
export function readOffers(value: unknown, hints: CurrencyHints): OfferReading[] {
  const out: OfferReading[] = [];
  const visit = (v: unknown, depth: number): void => {
    if (depth > 5 || out.length >= MAX_OFFERS) return;
    if (Array.isArray(v)) {
      for (const x of v) visit(x, depth + 1);
      return;
    }
    if (!isRecord(v)) return;
    const reading = readOffer(v, hints);
    if (reading.price !== null || reading.availability !== null) out.push(reading);
    const nested = prop(v, 'offers');
    if (nested !== undefined) visit(nested, depth + 1);
  };
  visit(value, 0);
  return out;
}

function readOffer(o: JsonRecord, hints: CurrencyHints): OfferReading {
  const regularPrices: number[] = [];
  // an AggregateOffer's price is its lowest one; a plain Offer's lowPrice is only a fallback
  const aggregate = typeNames(o).includes('aggregateoffer');
  const low = () => readAmount(prop(o, 'lowPrice') ?? prop(o, 'minPrice'), hints);
  let current = (aggregate ? low() : null) ?? readAmount(prop(o, 'price'), hints);
  let specCurrency: string | null = null;
  for (const spec of asList(prop(o, 'priceSpecification'))) {
    if (!isRecord(spec)) continue;
    const amount = readAmount(prop(spec, 'price') ?? prop(spec, 'minPrice'), hints);
    if (!amount) continue;
    const kind = [...typeNames(spec), String(prop(spec, 'priceType') ?? '')].join(' ');
    if (REGULAR_TYPES.test(kind)) {
      regularPrices.push(amount.amount);
    } else if (!current) {
      current = amount;
      specCurrency = normaliseCurrency(prop(spec, 'priceCurrency'), hints);
    }
  }
  current ??= low();
  const price = current?.amount ?? null;
  return {
    price,
    currency: normaliseCurrency(prop(o, 'priceCurrency'), hints) ?? specCurrency ?? current?.currency ?? null,
    availability: normaliseAvailability(prop(o, 'availability')),
    regularPrices: regularPrices.filter((p) => p !== price),
  };
}

/**
 * A price value as markup writes it: 49.9, "49.90", "1.299,00", "$49.00", or a non-standard object
 * holding the amount ({value}, {sales: {value}}). Zero and negative amounts mean "no price".
 */
function readAmount(v: unknown, hints: CurrencyHints, depth = 0): { amount: number; currency: string | null } | null {
  if (typeof v === 'number') return Number.isFinite(v) && v > 0 ? { amount: v, currency: null } : null;
  if (typeof v === 'string') {
    const amount = readMachineAmount(v);
    return amount !== null && amount > 0 ? { amount, currency: currencyInText(v, hints) } : null;
  }
  if (!isRecord(v) || depth > 3) return null;
  for (const key of ['value', 'amount', 'price', 'decimalPrice', 'sales', 'current', 'lowPrice', 'minPrice']) {
    const inner = readAmount(prop(v, key), hints, depth + 1);
    if (inner)
      return { amount: inner.amount, currency: inner.currency ?? normaliseCurrency(prop(v, 'currency'), hints) };
  }
  return null;
}
