import { findBrands, lookupBrand } from '../gazetteer';
import { splitBrand } from './brand';
import { RANGES } from './clusters';
import type { Candidate } from './context';
import { dropPriceLabel, nounHits } from './lexicon';
import { isLabel, onlyLabel, stripLabels } from './labels';
import { makerBeforeComma, makerInShopPlace } from './maker-shop';
import { afterLastPrice, dropMeasure, dropPriceVerb, dropVariant } from './name-tail';
import { clauseName } from './clause-name';
import { cutClause, quotedModel } from './name-clause';
import { dropCtaLead, dropLinkEnd, dropPossessive } from './role-fixes';
import { namesNothing } from './name-checks';
import { dropCourtesy, dropPointerTail } from './pointer-tail';
import { makerInNamePlace, makerInsideShopName, shopLeadingName, shopOwnModel, swappedRoles } from './role-order';
import { leadingMaker } from './bracket-maker';
import { quotedMakerItem } from './quoted-maker';
import { lowerAlnum, nameOk } from './text';
import { CAPS_BEFORE_CJK, DIMENSIONS, PRICE_WORDS, QUOTED_NAME, SENTENCE_END } from './cjk-credit';

export { stripLabels };

/**
 * Tidies a candidate's roles: a label or counter read as the brand ("Shoes:", "Winner:", "4 of 6")
 * is dropped and the name split again; stray punctuation leaves the brand ("Simons,"). Returns null
 * when nothing product-like is left.
 */
export function tidyRoles(c: Candidate): Candidate | null {
  let { brand, name } = c;
  if (brand) brand = dropPossessive(brand.replace(/^[\s,;:|–—-]+|[\s,;:|–—(-]+$/g, ''), c.element.textContent ?? '');
  // "The Air Mag (prezzo": a bracket the line closes after the price is no part of the name.
  // An empty "()" is where a price was read out of the name; a leading "& …" is the rest of a collaboration's maker.
  // A price label closing the name ("Jeans 501 – Precio:") belongs to the price.
  // A credit wrapped whole in brackets ("(Smoking suit jacket, Mango, £79.99)") opens its name with one.
  name = dropPriceLabel(
    dropCtaLead(name)
      .replace(/^\s*\((?=[^()]*$)/, '')
      .replace(/\s*\([^()]*$/, '')
      .replace(/\s*\(\s*\)/g, ''),
  );
  if (/^\s*&/.test(name)) return null;
  // A determiner or a pronoun is no maker ("The Louvre", "My jacket").
  if (brand && /^(?:the|a|an|my|our|this|that|le|la|les|der|die|das|el|il)$/i.test(brand)) brand = null;
  // "Pictured: Blazer" read as name: brand: the label names nothing, the noun is the piece.
  if (brand && isLabel(c.brand!) && onlyLabel(name)) [brand, name] = [null, brand];
  else if (brand && isLabel(c.brand!)) {
    const split = splitBrand(stripLabels(name));
    brand = split.brand;
    name = split.name;
  } else if (name !== stripLabels(name)) {
    const rest = stripLabels(name);
    const split = brand ? { brand, name: rest } : splitBrand(rest);
    brand = split.brand;
    name = split.name;
  }
  // "MCM 半円型のシェイプが…新鮮に。バッグ H21.5×W21×D9cm": in CJK credits the item is the last
  // sentence, after the description; a maker leading the description stays the brand.
  if (SENTENCE_END.test(name)) {
    if (!brand)
      brand =
        findBrands(name).find((b) => b.start === 0 && !b.ambiguous)?.name ??
        CAPS_BEFORE_CJK.exec(name)?.[1]!.trim() ??
        null;
    const last = name.replace(/^[^]*[。！？]\s*/u, '');
    if (last.trim()) name = last;
  }
  name = dropMeasure(name.replace(DIMENSIONS, ''));
  // 「Name」230mL: the quoted name without its size.
  const quoted = QUOTED_NAME.exec(name);
  if (quoted) name = quoted[1]!;
  // 【Maker】Name, or a Latin maker in capitals leading Japanese or Korean text: "MCM 半円型の…".
  // A 【maker】 leading the name leaves it even when the maker is known from elsewhere ("【バブアー】BORDER SL").
  // A bracketed maker also outranks the shop standing in as the brand of its own page ("<Maker>Model" on its blog).
  const bracket = leadingMaker(name);
  const caps = bracket || brand ? null : CAPS_BEFORE_CJK.exec(name);
  const lead =
    bracket ?? (caps && caps[0].length < name.length ? { maker: caps[1]!.trim(), length: caps[0].length } : null);
  if (lead) {
    if (bracket && brand && lowerAlnum(brand) === lowerAlnum(c.retailer ?? '')) brand = null;
    brand ??= lead.maker;
    name = name.slice(lead.length);
  }
  // "…汎用性が高い「タトラス」のロングダウンコート": the quoted maker before the item (./quoted-maker).
  const quotedMaker = quotedMakerItem(brand, name);
  if (quotedMaker) [brand, name] = quotedMaker;
  // Fields read in the wrong order ("2Jours | Fendi | 1320 €"): a name that is exactly a known maker,
  // with a brand the gazetteer does not know, swaps roles.
  if (brand && name && !lookupBrand(brand)) {
    const known = lookupBrand(name);
    if (known && !known.ambiguous) [brand, name] = [known.name, brand];
  }
  const swapped = brand && name ? (swappedRoles(brand, name) ?? makerInNamePlace(brand, name, c.retailer)) : null;
  if (swapped) [brand, name] = swapped;
  const model = brand && name ? shopOwnModel(brand, name, c.retailer) : null;
  if (model) [brand, name] = model;
  let retailer = c.retailer;
  const inside = brand && name ? makerInsideShopName(brand, name) : null;
  if (inside) [brand, name, retailer] = [inside[0], inside[1], retailer ?? inside[2]];
  // "Sephora Lipstick Creme": a shop's name leading the product name is its own label.
  const shopLead = brand ? null : shopLeadingName(name);
  if (shopLead) [brand, name] = shopLead;
  // "Blazer, £143.20, hobbs.com": a shop that is a label made its own piece.
  // Not from a two-letter everyday abbreviation read as the shop ("320 € VB": negotiable, not Victoria Beckham).
  const own = !brand && c.retailer ? lookupBrand(c.retailer) : null;
  if (own && !(own.ambiguous && c.retailer!.trim().length <= 2)) brand = own.name;
  const maker = brand ? null : makerInShopPlace(name, c.retailer);
  if (maker) brand = maker;
  const comma = brand ? null : makerBeforeComma(name);
  if (comma) [brand, name] = comma;
  if (!brand) brand = null;
  // "M&S, Leather Flatform Flip Flops" under Marks & Spencer: the maker as the page writes it leads the
  // name; it leaves the name and stays the brand in the page's own spelling.
  const written = brand ? findBrands(name).find((b) => b.start === 0) : undefined;
  const after = written ? name.slice(written.end) : '';
  if (written?.name === brand && /^\s*[,:–—|-]/.test(after) && after.trim().length > 2)
    [brand, name] = [name.slice(0, written.end).trim(), after];
  // Separators left at an end when a credit's maker was read off it ("シャツ / COOHEM", "シューズ／UGG"), and an
  // affiliate link's asterisk ("paljettilaukku - *"), belong to neither role.
  name = dropVariant(
    dropPriceVerb(afterLastPrice(dropPointerTail(dropCourtesy(name)))).replace(
      /^[\s,;:|／｜：/–—*-]+|[\s,;:|／｜：/–—*-]+$/gu,
      '',
    ),
  );
  const lang = c.element.ownerDocument?.documentElement?.getAttribute('lang') ?? '';
  name = cutClause(clauseName(quotedModel(name, brand), brand, lang), lang);
  if (brand) name = dropLinkEnd(name);
  // Model numbers are names when a maker is known: Levi's "501 '93", New Balance "550".
  const modelNumber = !!brand && /^\d{2,4}\b/.test(name) && name.length <= 16;
  if (!name || PRICE_WORDS.test(name) || (!nameOk(name, 20) && !modelNumber)) return null;
  if (namesNothing(name, brand, c)) return null;
  // "$18-$35": a range names the price band, not the product's price (the labelling rules' null price).
  const range = !!c.price && RANGES.has(c.price);
  // "Allison Wonderland ($100-$300)": a band of prices after a name with no product noun is a label's range.
  if (range && nounHits(name) === 0) return null;
  const price = range ? null : c.price;
  return brand === c.brand && name === c.name && price === c.price && retailer === c.retailer
    ? c
    : { ...c, brand, name, price, retailer };
}
