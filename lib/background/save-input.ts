import type { SaveItemInput } from '../db/types';
import type { TabView } from '../protocol';
import { retailerForUrl } from '../links';

/**
 * The wishlist entry for mention `index` of a tab: the article's words (brand, name, price,
 * the article's own link so its publisher keeps the credit) plus what the retailer's listing
 * says now when the mention was resolved. Null when there is no such mention.
 */
export function saveInputForMention(view: TabView, index: number): SaveItemInput | null {
  const mention = view.mentions[index];
  if (!mention) return null;
  const state = view.states[index];
  const listing = state?.status === 'resolved' ? state.listing : null;
  const listingUrl = listing?.url ?? null;
  return {
    source: 'article',
    name: mention.name,
    brand: mention.brand ?? listing?.brand ?? null,
    retailer: mention.retailer ?? (listingUrl ? (retailerForUrl(listingUrl)?.name ?? null) : null),
    listingUrl,
    articleUrl: view.pageUrl,
    articleTitle: view.pageTitle || null,
    mentionUrl: mention.url,
    articlePrice: mention.price,
    currentPrice: listing?.price ?? null,
    currency: listing?.price != null ? listing.currency : null,
    availability: listing?.availability ?? null,
    // The shop's picture when read, else the one beside the mention in the article.
    image: listing?.image ?? view.images?.[index] ?? null,
  };
}
