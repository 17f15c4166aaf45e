/**
 * The word tables `parseAround` (./segment) reads a "Name, $P at Retailer" line with: labels between a
 * name and its price, a brand field, a call to action naming its shop, a separator ending a name, and
 * the prepositions that introduce a shop.
 */

/** Words that may stand between a name and its price without being part of the name. */
export const PRE_LABEL = new RegExp(
  String.raw`(?:\b(?:was|now|sale|reg(?:ular)?|orig(?:inally)?|statt|jetzt|nur|ab|from|dès|à partir de|desde|` +
    String.raw`price|prix|preis|um|ca\.|env\.|rrp|(?:starting|starts|prices?\s+start)\s+(?:at|from))\s*:?\s*)+$`,
  'i',
);
/** "Brand: Maker": a labelled brand field. */
export const BRAND_FIELD = /^(?:brand|marke|marque|marca|merk|designer|label)\s*:\s*([^:]{2,40})$/i;
/** "Shop it at Retailer": a call to action that names its shop. */
export const CTA_AT = new RegExp(
  String.raw`^\S+(?:\s+(?:it|them|now|this|one|yours|here|ya|jetzt))?\s+(?:at|from|on|en|chez|sur|bei|auf|in|` +
    String.raw`su|da|em|na|no|via)\s+(?!.*\s(?:for|pour|für|por|per)$)(.{2,40})$`,
  'iu',
);
/**
 * A clause ending "… by Maker" before its price: one to five capitalised words (all caps too, joined by "&" or
 * "and") after "by".
 */
export const BY_MAKER_END =
  /\S\s+by\s+(?:[\p{Lu}\d][\p{L}\d&'’.+-]*\s+(?:(?:&|and)\s+)?){0,4}[\p{Lu}\d][\p{L}\d&'’.+-]*\.?\s*$/u;
/** A separator closing a name before its price. */
export const SEP_END = /(?:[,:(|–—]|\s-)\s*$/;
/** A preposition introducing a shop: "at", "chez", "bei", "available at"… */
export const PREP = new RegExp(
  String.raw`^(?:at|from|@|via|chez|sur|bei|über|ueber|on|auf|in|en|dans|von|su|presso|da|bij|op|hos|fra|från|` +
    String.raw`em|(?:exclusively|only|available|sold|stocked)\s+(?:at|from|on|in))\s+`,
  'i',
);
