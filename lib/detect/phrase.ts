// "A pair of …, that …": the indefinite product phrase of a sentence title, up to its clause.
const A_PRODUCT = new RegExp(
  String.raw`^(?:\d{1,3}[.)]\s+)?(?:an?|some)\s+(?:(?:pair|set|pack|bundle|box|kit|duo|trio)\s+of\s+)?(.+?)` +
    String.raw`(?:,\s|\s+(?:that|which|because|so|to|you|if)\s|\s+from\s+(?=\p{Lu}))`,
  'iu',
);

/**
 * The product a sentence-style title names: list posts write "1. A pair of UGG Tasman slippers
 * because your feet…" where the product is the noun phrase after the article, up to the clause that
 * sells it. Null when the title does not read that way (it is then a plain product title).
 */
export function productPhrase(title: string): string | null {
  const m = A_PRODUCT.exec(title);
  const p = m?.[1]?.trim();
  // One word ("A jacket that…") is a category, not a product.
  return p && p.split(/\s+/).length >= 2 && p.length <= 80 ? p : null;
}
