import { AVAILABILITIES, type Listing } from '../listing/types';

/** Where one mention stands on its way to the retailer's current listing. */
export type ResolveState =
  | { status: 'pending' }
  | { status: 'resolved'; listing: Listing; checkedAt: number }
  | { status: 'unavailable'; reason: string }
  | { status: 'not-found'; searchUrl: string | null };

type Rec = Record<string, unknown>;
const isRec = (v: unknown): v is Rec => typeof v === 'object' && v !== null && !Array.isArray(v);
const nullableString = (v: unknown, max: number) => v === null || (typeof v === 'string' && v.length <= max);
const nullableUrl = (v: unknown) =>
  v === null || (typeof v === 'string' && v.length <= 4096 && /^https?:\/\//i.test(v));

/** Type guard for a listing read back from storage or a message. */
export function isListingValue(v: unknown): v is Listing {
  if (!isRec(v)) return false;
  return (
    nullableString(v.title, 1000) &&
    nullableString(v.brand, 300) &&
    (v.price === null || (typeof v.price === 'number' && Number.isFinite(v.price) && v.price >= 0)) &&
    (v.currency === null || (typeof v.currency === 'string' && /^[A-Z]{3}$/.test(v.currency))) &&
    (v.availability === null || (AVAILABILITIES as readonly unknown[]).includes(v.availability)) &&
    nullableUrl(v.image) &&
    nullableUrl(v.url)
  );
}

/** Type guard for a resolve state that crossed a boundary (storage.session, a message). */
export function isResolveState(v: unknown): v is ResolveState {
  if (!isRec(v)) return false;
  switch (v.status) {
    case 'pending':
      return true;
    case 'resolved':
      return isListingValue(v.listing) && typeof v.checkedAt === 'number' && Number.isFinite(v.checkedAt);
    case 'unavailable':
      return typeof v.reason === 'string' && v.reason.length <= 500;
    case 'not-found':
      return nullableUrl(v.searchUrl);
    default:
      return false;
  }
}

const clip = (v: string | null, max: number) => (v === null ? null : v.slice(0, max));
const httpUrl = (v: string | null) => (v !== null && v.length <= 4096 && /^https?:\/\//i.test(v) ? v : null);

/**
 * A state cut to what `isResolveState` accepts: page-derived text clipped, non-http(s) URLs
 * dropped. Stored states must read back valid, or a tab's results would be lost on every read.
 */
export function storableState(s: ResolveState): ResolveState {
  switch (s.status) {
    case 'pending':
      return s;
    case 'unavailable':
      return { status: 'unavailable', reason: s.reason.slice(0, 500) };
    case 'not-found':
      return { status: 'not-found', searchUrl: httpUrl(s.searchUrl) };
    case 'resolved': {
      const l = s.listing;
      const price = typeof l.price === 'number' && Number.isFinite(l.price) && l.price >= 0 ? l.price : null;
      const currency = typeof l.currency === 'string' && /^[A-Z]{3}$/.test(l.currency) ? l.currency : null;
      const availability = (AVAILABILITIES as readonly unknown[]).includes(l.availability) ? l.availability : null;
      const listing: Listing = {
        title: clip(l.title, 1000),
        brand: clip(l.brand, 300),
        price,
        currency,
        availability,
        image: httpUrl(l.image),
        url: httpUrl(l.url),
      };
      return { status: 'resolved', listing, checkedAt: Number.isFinite(s.checkedAt) ? s.checkedAt : 0 };
    }
  }
}
