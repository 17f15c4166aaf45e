import { lookupBrand } from '../gazetteer';
import { nameOk } from './text';

/** A possessive after a maker: "Maker's jumper" read with the maker's "'s". */
const POSSESSIVE = /^(.*\S)['’]s$/u;

/**
 * The maker without the possessive the prose put on it ("Wynn Hamlyn's" in "Wynn Hamlyn's marigold jumper"): only
 * where the page writes it before a word (`text`, the candidate's text). A maker credited as a name of its own
 * ("necklace, Talisman's /") or one the gazetteer knows with its "'s" keeps it.
 */
export function dropPossessive(brand: string, text: string): string {
  const m = POSSESSIVE.exec(brand);
  if (!m || lookupBrand(brand)) return brand;
  const at = text.indexOf(brand);
  return at >= 0 && /^\s+\p{L}/u.test(text.slice(at + brand.length)) ? m[1]! : brand;
}

/** A buy prompt around the piece: "Shop the leggings at The …", "Get this dress from". */
const CTA_LEAD =
  /^(?:shop|buy|get|grab|snag)\s+(?:the|this|these|them|it|one|our)\s+(.+?)(?:\s+(?:at|from|on|via)(?:\s+the)?)?$/iu;

/**
 * The piece inside a buy prompt read as the name ("Shop the leggings at The" → "leggings"): the prompt's verb,
 * determiner and a dangling shop preposition name no product.
 */
export function dropCtaLead(name: string): string {
  const m = CTA_LEAD.exec(name.trim());
  return m && nameOk(m[1]!) ? m[1]! : name;
}

/** "via Asos", "bei Zalando": a shop preposition and a name. */
export const SHOP_PHRASE = /^(?:via|at|from|available at|chez|bei|bij|hos|från|fra|presso)\s+(.{2,40})$/i;
/** A bare web address: "aritzia.com", "www.simons.ca". */
export const WEB_ADDRESS = /^(?:www\.)?[\p{L}\d-]+(?:\.[a-z]{2,}){1,2}$/iu;

/**
 * A name without the linking word a maker read off its end left behind ("Botas vaqueras de Cuadra",
 * "Rebozo de seda de Pineda Covalin"): the word is no part of the name. For names whose maker is known.
 */
export const dropLinkEnd = (name: string): string => name.replace(/\s+(?:de|di|du|da|do|von|van|by|from|of)$/iu, '');

/**
 * A past sale told inside the name ("Birkin that sold in Hong Kong that June", "bag which fetched $300,000 at
 * auction"): a record of what a piece once went for, not an offer to buy it.
 */
export const PAST_SALE = new RegExp(
  String.raw`(?<!\p{L})(?:(?:that|which)\s+(?:was\s+)?(?:sold|went|fetched|auctioned)|sold\s+(?:at|for)\s+auction|` +
    String.raw`auctioned|hammer\s+price|went\s+under\s+the\s+hammer)(?!\p{L})`,
  'iu',
);

/** A word in lower case or Hangul, a full stop, then two more words: a sentence and the start of the next. */
export const RUN_ON = /[\p{Ll}\p{Script=Hangul}]{2}[)）]?[.!?]\s+\S+\s+\S/u;
