import type { ResolveState } from '../protocol/resolve-state';
import { storableState } from '../protocol/resolve-state';
import { guardedUrl } from '../links/url-guard';

/**
 * A state as the background stores it: cut to what storage accepts (storableState), and with
 * every URL through the address guard, so a listing picture, canonical URL or search link on a
 * private, loopback or link-local host is never kept. Kept apart from validate.ts, which the
 * content script also loads and which must not carry the guard's address tables.
 */
export function storedState(s: ResolveState): ResolveState {
  const clean = storableState(s);
  if (clean.status === 'not-found') return { ...clean, searchUrl: guardedUrl(clean.searchUrl) };
  if (clean.status !== 'resolved') return clean;
  return {
    ...clean,
    listing: { ...clean.listing, image: guardedUrl(clean.listing.image), url: guardedUrl(clean.listing.url) },
  };
}
