import { AVAILABILITIES, type Availability, type Listing } from '../listing/types';
import { isPrice } from '../price/validate';
import { ITEM_SOURCES, type HistoryRow, type ItemSource, type SavedItem } from './types';
import { LIMITS } from './limits';

type Rec = Record<string, unknown>;
/** Checks one field; returns what is wrong with it ("must be …"), or null. */
type Check = (v: unknown) => string | null;

const CURRENCY = /^[A-Z]{3}$/;
const HTTP_URL = /^https?:\/\/\S+$/i;

export function isRecord(v: unknown): v is Rec {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export function isAvailability(v: unknown): v is Availability {
  return typeof v === 'string' && (AVAILABILITIES as readonly string[]).includes(v);
}

export function isItemSource(v: unknown): v is ItemSource {
  return typeof v === 'string' && (ITEM_SOURCES as readonly string[]).includes(v);
}

export function isCurrency(v: unknown): v is string {
  return typeof v === 'string' && CURRENCY.test(v);
}

const text =
  (max: number, nullable: boolean): Check =>
  (v) =>
    (nullable && v === null) || (typeof v === 'string' && v.length <= max && (nullable || v.length > 0))
      ? null
      : `must be ${nullable ? 'a string or null' : 'a non-empty string'} of at most ${max} characters`;
const url: Check = (v) =>
  v === null || (typeof v === 'string' && v.length <= LIMITS.url && HTTP_URL.test(v))
    ? null
    : `must be an http(s) URL of at most ${LIMITS.url} characters, or null`;
const amount =
  (nullable: boolean): Check =>
  (v) =>
    (nullable && v === null) || (typeof v === 'number' && Number.isFinite(v) && v >= 0)
      ? null
      : `must be a number${nullable ? ' or null' : ''} (finite, not negative)`;
const currency: Check = (v) => (v === null || isCurrency(v) ? null : 'must be a three-letter ISO 4217 code or null');
const availability: Check = (v) =>
  v === null || isAvailability(v) ? null : 'must be a schema.org availability or null';
const tags: Check = (v) =>
  Array.isArray(v) &&
  v.length <= LIMITS.tags &&
  v.every((t) => typeof t === 'string' && t.length > 0 && t.length <= LIMITS.tag)
    ? null
    : `must be a list of at most ${LIMITS.tags} non-empty strings of at most ${LIMITS.tag} characters`;

/** The fields a caller supplies (and an import file must carry). */
const BASE_FIELDS: Record<string, Check> = {
  id: text(LIMITS.id, false),
  brand: text(LIMITS.brand, true),
  name: text(LIMITS.name, false),
  retailer: text(LIMITS.retailer, true),
  listingUrl: url,
  articleUrl: url,
  articleTitle: text(LIMITS.articleTitle, true),
  mentionUrl: url,
  articlePrice: (v) => (v === null || isPrice(v) ? null : 'must be {amount, currency} or null'),
  currentPrice: amount(true),
  currency,
  availability,
  image: url,
  notes: (v) =>
    typeof v === 'string' && v.length <= LIMITS.notes ? null : `must be a string of at most ${LIMITS.notes} characters`,
  tags,
  source: (v) => (isItemSource(v) ? null : `must be one of ${ITEM_SOURCES.join(', ')}`),
  createdAt: amount(false),
  updatedAt: amount(false),
};

/** Fields Magpie computes from the others. */
const DERIVED_FIELDS: Record<string, Check> = {
  priceDropped: (v) => (typeof v === 'boolean' ? null : 'must be true or false'),
  textKey: (v) => (typeof v === 'string' && v.startsWith('k:') ? null : "must be a string starting with 'k:'"),
  urlKey: text(LIMITS.id, true),
  // Tracking fields (schema v2) are optional: rows and files from before them stay readable.
  checkedAt: (v) => (v === undefined ? null : amount(false)(v)),
  checkProblem: (v) => (v === undefined ? null : text(300, true)(v)),
  changedAt: (v) => (v === undefined ? null : amount(false)(v)),
  firstPrice: (v) => (v === undefined ? null : amount(true)(v)),
  lowestPrice: (v) => (v === undefined ? null : amount(true)(v)),
};

function firstProblem(v: unknown, fields: Record<string, Check>): string | null {
  if (!isRecord(v)) return 'not an object';
  for (const [field, check] of Object.entries(fields)) {
    const problem = check(v[field]);
    if (problem) return `${field} ${problem}`;
  }
  return null;
}

/** What is wrong with a would-be item's own fields ("currentPrice must be a number or null …"), or null. */
export function describeItemBaseProblem(v: unknown): string | null {
  return firstProblem(v, BASE_FIELDS);
}

/** What is wrong with a stored item row, or null when it is a valid `SavedItem`. */
export function describeItemProblem(v: unknown): string | null {
  return firstProblem(v, BASE_FIELDS) ?? firstProblem(v, DERIVED_FIELDS);
}

/** Type guard for an item row read back from storage. */
export function isSavedItem(v: unknown): v is SavedItem {
  return describeItemProblem(v) === null;
}

const HISTORY_FIELDS: Record<string, Check> = {
  itemId: text(LIMITS.id, false),
  time: amount(false),
  price: amount(true),
  currency,
  availability,
};

/** What is wrong with a history row, or null; `id` may be absent (export files carry none). */
export function describeHistoryProblem(v: unknown): string | null {
  const problem = firstProblem(v, HISTORY_FIELDS);
  if (problem || !isRecord(v)) return problem;
  return v.id === undefined || (Number.isSafeInteger(v.id) && (v.id as number) > 0)
    ? null
    : 'id must be a positive integer';
}

export function isHistoryRow(v: unknown): v is HistoryRow {
  return describeHistoryProblem(v) === null;
}

const nullableText = (v: unknown, max = LIMITS.name): boolean =>
  v === null || (typeof v === 'string' && v.length <= max);

/** Type guard for a `Listing` from storage or a message. */
export function isListing(v: unknown): v is Listing {
  if (!isRecord(v)) return false;
  return (
    nullableText(v.title) &&
    nullableText(v.brand) &&
    amount(true)(v.price) === null &&
    currency(v.currency) === null &&
    availability(v.availability) === null &&
    url(v.image) === null &&
    url(v.url) === null
  );
}

/** A finite, non-negative number: an epoch-ms time or an amount. */
export function isTime(v: unknown): v is number {
  return amount(false)(v) === null;
}

/** Null, or an http(s) URL within the length cap. */
export function isNullableUrl(v: unknown): v is string | null {
  return url(v) === null;
}
