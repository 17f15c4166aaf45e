import { guardedUrl } from '../lib/links/url-guard';

const MAX_URL = 4096;

/**
 * The URL when it is an absolute http(s) link, else null. Everything rendered as an href or an
 * image src goes through this, so a page can never smuggle in javascript:, data: or file: URLs,
 * nor make an extension page load a private, loopback or link-local address.
 */
export function safeHttpUrl(raw: string | null | undefined): string | null {
  if (typeof raw !== 'string' || raw.length > MAX_URL) return null;
  try {
    const url = new URL(raw.trim());
    return url.protocol === 'https:' || url.protocol === 'http:' ? guardedUrl(url.href) : null;
  } catch {
    return null;
  }
}

/**
 * Where "open" leads for a saved item: the article's own link first (its publisher keeps the
 * credit; Magpie never adds or swaps an affiliate code), else the listing, else the page it was
 * saved from (a picture or a page saved from the context menu).
 */
export function openUrlFor(item: {
  mentionUrl: string | null;
  listingUrl: string | null;
  articleUrl: string | null;
}): string | null {
  return safeHttpUrl(item.mentionUrl) ?? safeHttpUrl(item.listingUrl) ?? safeHttpUrl(item.articleUrl);
}
