import { isPrice } from '../price/validate';
import { isHttpUrl } from '../links';
import { guardedUrl } from '../links/url-guard';
import type { SavedItem } from './types';
import { DbInputError } from './errors';
import { LIMITS } from './limits';
import { foldWords, lowerNoAccents, squash } from './text';
import { isAvailability, isCurrency, isItemSource, isRecord } from './guards';

/** A save request after checking: every stored field present, strings squashed and capped. */
export type CleanSave = Omit<SavedItem, 'id' | 'createdAt' | 'updatedAt' | 'priceDropped' | 'textKey' | 'urlKey'>;

/** Page text: squashed and cut to `max` (a long title must not block a save); '' → null. */
function pageText(field: string, v: unknown, max: number): string | null {
  if (v === undefined || v === null) return null;
  if (typeof v !== 'string') throw new DbInputError(`${field} must be a string`);
  return squash(v).slice(0, max).trim() || null;
}

function httpUrl(field: string, v: unknown): string | null {
  if (v === undefined || v === null || v === '') return null;
  if (typeof v !== 'string' || v.trim().length > LIMITS.url || !isHttpUrl(v.trim())) {
    throw new DbInputError(`${field} must be an absolute http(s) URL of at most ${LIMITS.url} characters`);
  }
  // A link or picture on a private, loopback or link-local host is dropped, never stored.
  return guardedUrl(v.trim());
}

/**
 * A link from a page that the wishlist can do without: a non-http(s) scheme or one over the
 * length cap is dropped to null (long affiliate links are real), so the rest of the item saves.
 */
function droppableUrl(field: string, v: unknown): string | null {
  try {
    return httpUrl(field, v);
  } catch {
    return null;
  }
}

/** Notes as the user typed them, trimmed; too long is an error, never a silent cut. */
export function cleanNotes(v: unknown): string {
  if (typeof v !== 'string') throw new DbInputError('notes must be a string');
  const notes = v.trim();
  if (notes.length > LIMITS.notes) throw new DbInputError(`notes must be at most ${LIMITS.notes} characters`);
  return notes;
}

/** Tags squashed, blanks dropped, duplicates (ignoring case and accents) dropped; limits are errors. */
export function cleanTags(v: unknown): string[] {
  if (!Array.isArray(v)) throw new DbInputError('tags must be a list of strings');
  const seen = new Set<string>();
  const tags: string[] = [];
  for (const t of v) {
    if (typeof t !== 'string') throw new DbInputError('tags must be a list of strings');
    const tag = squash(t);
    if (!tag) continue;
    if (tag.length > LIMITS.tag)
      throw new DbInputError(`a tag must be at most ${LIMITS.tag} characters: "${tag.slice(0, LIMITS.tag)}…"`);
    const key = lowerNoAccents(tag);
    if (seen.has(key)) continue;
    seen.add(key);
    tags.push(tag);
  }
  if (tags.length > LIMITS.tags) throw new DbInputError(`an item can have at most ${LIMITS.tags} tags`);
  return tags;
}

/** Checks and normalises a `saveItem` argument; throws `DbInputError` naming the bad field. */
export function cleanSaveInput(input: unknown): CleanSave {
  if (!isRecord(input)) throw new DbInputError('an item must be an object');
  const name = pageText('name', input.name, LIMITS.name);
  if (!name) throw new DbInputError('name is required');
  if (!foldWords(name)) throw new DbInputError('name must contain a letter or digit');
  if (!isItemSource(input.source)) throw new DbInputError('source must be article, page, link or image');
  const articlePrice = input.articlePrice ?? null;
  if (articlePrice !== null && !isPrice(articlePrice))
    throw new DbInputError('articlePrice must be {amount, currency}');
  const currentPrice = input.currentPrice ?? null;
  if (
    currentPrice !== null &&
    !(typeof currentPrice === 'number' && Number.isFinite(currentPrice) && currentPrice >= 0)
  ) {
    throw new DbInputError('currentPrice must be a number (finite, not negative)');
  }
  const givenCurrency = input.currency ?? null;
  if (givenCurrency !== null && !isCurrency(givenCurrency))
    throw new DbInputError('currency must be a three-letter ISO 4217 code');
  const currency = currentPrice === null ? null : (givenCurrency ?? articlePrice?.currency ?? null);
  if (currentPrice !== null && currency === null) throw new DbInputError('currentPrice needs a currency');
  const availability = input.availability ?? null;
  if (availability !== null && !isAvailability(availability))
    throw new DbInputError('availability must be a schema.org availability');
  let image: string | null = null;
  try {
    image = httpUrl('image', input.image);
  } catch {
    // A picture is decoration: an odd image URL from a page must not block the save.
  }
  return {
    name,
    source: input.source,
    brand: pageText('brand', input.brand, LIMITS.brand),
    retailer: pageText('retailer', input.retailer, LIMITS.retailer),
    listingUrl: droppableUrl('listingUrl', input.listingUrl),
    articleUrl: droppableUrl('articleUrl', input.articleUrl),
    articleTitle: pageText('articleTitle', input.articleTitle, LIMITS.articleTitle),
    mentionUrl: droppableUrl('mentionUrl', input.mentionUrl),
    articlePrice: articlePrice === null ? null : { amount: articlePrice.amount, currency: articlePrice.currency },
    currentPrice,
    currency,
    availability,
    image,
    notes: input.notes === undefined ? '' : cleanNotes(input.notes),
    tags: input.tags === undefined ? [] : cleanTags(input.tags),
  };
}
