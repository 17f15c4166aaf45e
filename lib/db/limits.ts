/** Caps on stored values: page text is hostile and the wishlist must stay small and fast. */
export const LIMITS = {
  name: 300,
  brand: 120,
  retailer: 120,
  articleTitle: 300,
  url: 2048,
  /** Ids are normalised URLs or text keys, both bounded by the fields above. */
  id: 2200,
  notes: 2000,
  tag: 40,
  tags: 20,
  /** Import: the whole file, in UTF-16 code units (about 20 MB of ASCII). */
  importChars: 20 * 1024 * 1024,
  importItems: 50_000,
  importHistory: 500_000,
} as const;
