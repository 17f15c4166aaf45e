import type { Listing } from '../listing/types';
import { isColour, keyTokens, weight } from './tokens';

/** The part of a mention the match needs. */
export interface ProductQuery {
  brand: string | null;
  name: string;
}

interface Coverage {
  /** Weighted share of the words found. */
  share: number;
  /** Distinctive (non-generic) words found, and how many there were. */
  distinct: number;
  distinctTotal: number;
}

/**
 * How much of `a` is found in `b`. Compounds written apart on one side match
 * ("cross body" / "crossbody"), so do words split across a hyphen.
 */
function coverage(a: string[], b: string[]): Coverage {
  const bSet = new Set(b);
  for (let i = 0; i + 1 < b.length; i++) bSet.add(`${b[i]}${b[i + 1]}`);
  let total = 0;
  let found = 0;
  let distinct = 0;
  let distinctTotal = 0;
  for (let i = 0; i < a.length; i++) {
    const t = a[i] as string;
    const w = weight(t);
    total += w;
    if (w === 1) distinctTotal++;
    const next = a[i + 1];
    const prev = a[i - 1];
    if (bSet.has(t) || (next && bSet.has(`${t}${next}`)) || (prev && bSet.has(`${prev}${t}`))) {
      found += w;
      if (w === 1) distinct++;
    }
  }
  return { share: total === 0 ? 0 : found / total, distinct, distinctTotal };
}

/** 0–1 similarity of two product names: the harmonic mean of how much of each the other covers. */
export function nameSimilarity(a: string[], b: string[]): number {
  const r = coverage(a, b).share;
  const p = coverage(b, a).share;
  return r + p === 0 ? 0 : (2 * r * p) / (r + p);
}

/**
 * Whether two brand names are the same house ("Zac Zac Posen" = "ZAC Zac Posen", "Mansur Gavriel" ⊂ "Mansur Gavriel
 * Inc").
 */
export function sameBrand(a: string, b: string): boolean {
  const ta = keyTokens(a);
  const tb = keyTokens(b);
  if (ta.length === 0 || tb.length === 0) return false;
  const joinedA = ta.join('');
  const joinedB = tb.join('');
  if (joinedA === joinedB) return true;
  const sb = new Set(tb);
  const sa = new Set(ta);
  return ta.every((t) => sb.has(t)) || tb.every((t) => sa.has(t));
}

/** How a listing compares with the mention it should be. */
export interface MatchResult {
  /** 0–1 name similarity, brand words left out of both sides. */
  score: number;
  /** true: same brand; false: a different brand; null: the listing names none to compare. */
  brand: boolean | null;
  /** Whether a distinctive word of the mention's name is in the listing's (true when the name has none). */
  distinctive: boolean;
}

/** Compares a listing with a mention; the brand is judged apart so "Theory" in a title is not a name word. */
export function compareListing(query: ProductQuery, listing: Pick<Listing, 'title' | 'brand'>): MatchResult {
  const brandWords = new Set([...keyTokens(query.brand ?? ''), ...keyTokens(listing.brand ?? '')]);
  const strip = (t: string[]) => t.filter((w) => !brandWords.has(w));
  const want = strip(keyTokens(query.name));
  const have = strip(keyTokens(listing.title ?? ''));
  const score = nameSimilarity(want, have);
  const cov = coverage(want, have);
  let brand: boolean | null = null;
  if (query.brand && listing.brand) brand = sameBrand(query.brand, listing.brand);
  else if (query.brand && listing.title) brand = titleNamesBrand(query.brand, listing.title) ? true : null;
  return { score, brand, distinctive: cov.distinctTotal === 0 || cov.distinct > 0 };
}

function titleNamesBrand(brand: string, title: string): boolean {
  const t = ` ${keyTokens(title).join(' ')} `;
  return t.includes(` ${keyTokens(brand).join(' ')} `);
}

/** How strict a comparison is: a link the article gave vouches for its page; a search result does not. */
export type MatchMode = 'link' | 'search';

const THRESHOLD: Record<MatchMode, number> = { link: 0.35, search: 0.55 };

/** Whether a listing is the mentioned product, by brand and name similarity. */
export function isSameProduct(
  query: ProductQuery,
  listing: Pick<Listing, 'title' | 'brand'>,
  mode: MatchMode,
): boolean {
  const m = compareListing(query, listing);
  // "Old Bag" is not "Bags": generic words alone ("bag", "mini", a colour) never make a match.
  if (m.brand === false || !m.distinctive) return false;
  // A search result in another colour is another product; the article's own link may show a sibling colour.
  if (mode === 'search' && coloursConflict(query.name, listing.title ?? '')) return false;
  let need = THRESHOLD[mode];
  // A brand-confirmed page the article linked to needs less name agreement: shops retitle products.
  if (mode === 'link' && m.brand === true) need -= 0.1;
  // A search result that does not say its brand must make up for it with a near-identical name.
  if (mode === 'search' && m.brand === null && query.brand) need += 0.3;
  return m.score >= need;
}

/** Whether both names state a colour and share none ("Black … Bag" vs "Yellow … Bag"). */
function coloursConflict(a: string, b: string): boolean {
  const ca = keyTokens(a).filter(isColour);
  const cb = new Set(keyTokens(b).filter(isColour));
  return ca.length > 0 && cb.size > 0 && !ca.some((c) => cb.has(c));
}

/** A listing with neither a price nor a product title is not a product page. */
export function looksLikeProduct(listing: Listing | null): listing is Listing {
  return !!listing && (listing.price !== null || (listing.title ?? '').trim() !== '');
}
