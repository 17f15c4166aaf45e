import { nounHits } from './lexicon';

/** " in vibrant violet leather", " in sand": a trailing variant of one to three lower-case words. */
const VARIANT = /\s+in\s+((?:\p{Ll}[\p{Ll}'’-]*\s*){1,3})$/u;

/**
 * Drops a plain colour or material variant after a model name ("Bayswater in vibrant violet leather" →
 * "Bayswater"), as the labelling rules do: the model names the product, the variant is a choice on the shop's page.
 * Only after a capitalised model word, so a bare "backpack in navy" keeps its words, and never when the tail names
 * a piece of its own ("Scarf in wool and a hat").
 */
export function dropVariant(name: string): string {
  const m = VARIANT.exec(name);
  if (!m) return name;
  const head = name.slice(0, m.index);
  if (!/(?:^|\s)\p{Lu}/u.test(head) || nounHits(m[1]!) > 0) return name;
  return head;
}

/** Up to the last price in a text and the conjunction after it: "top, $160, and " in "top, $160, and pants". */
const PRICED_HEAD = new RegExp(
  String.raw`^.*(?:[$€£¥]\s?\d[\d.,]*|\d[\d.,]*\s?(?:€|£|kr|zł|kč)(?!\p{L}))\s*[,;]?\s*` +
    String.raw`(?:(?:and|und|et|y|e|en|och|og|ja|i|&)\s+)?`,
  'iu',
);

/**
 * A credit naming several pieces with their prices ("BEC + BRIDGE top, $160, and pants, $250") read as one name:
 * the piece this price belongs to is the one after the last price inside the name ("pants").
 */
export function afterLastPrice(name: string): string {
  const m = PRICED_HEAD.exec(name);
  const tail = m ? name.slice(m[0].length) : '';
  // Only a piece of its own: "…than the $80 one" is a comparison, not a second product.
  return tail && nounHits(tail) > 0 ? tail : name;
}

/**
 * A price verb closing a name in lower case, with or without its amount: "WH-1000XM5 normally sell",
 * "Mojave Ghost kostar 1 850 kr",
 * "Desk lamp costs". The clause says what the product costs; the product's words come before it.
 */
const PRICE_VERB_TAIL = new RegExp(
  String.raw`\s+(?:(?:usually|normally|typically|regularly|originally|now|currently|only)\s+)?` +
    String.raw`(?:sells?|retails?|costs?|kostar|kostet|koster|kost|coûte|cuesta|costa|custa|kosztuje|` +
    String.raw`is priced|are priced|goes for)(?:\s+(?:for|at|just|only|nur|bara|seulement|solo))?` +
    String.raw`(?:\s+[^\p{L}\d]{0,3}\d[\d\s.,]*(?:\s?(?:\p{L}{1,4}\.?|\p{Sc}))?)?\s*$`,
  'u',
);

/** Drops a closing price verb and its amount ("Mojave Ghost kostar 1 850 kr" → "Mojave Ghost"). */
export function dropPriceVerb(name: string): string {
  const m = PRICE_VERB_TAIL.exec(name);
  return m && m.index > 1 ? name.slice(0, m.index) : name;
}

/** A closing size or quantity: ", 200 g", "100g", "12ml", "H24 cm", "(50 ml)"; a lower-case "g", so "5G" stays. */
const MEASURE_TAIL = new RegExp(
  String.raw`(?:^|[\s,;/–—-]+)[（(]?\s*(?:[HWDLØ]\s?)?\d+(?:[.,]\d+)?\s?` +
    String.raw`(?:cm|mm|CM|MM|g|kg|ml|mL|ML|cl|fl\.?\s?oz|oz|OZ)\.?\s*[）)]?$`,
  'u',
);

/**
 * Drops a size or quantity closing a name ("Les Sommets, 200 g" → "Les Sommets"): it is a choice on the shop's page,
 * not the product's name; a name that is only a measure ("H24 cm", "100g") is left empty and names nothing.
 */
export function dropMeasure(name: string): string {
  return name.replace(MEASURE_TAIL, '').trim();
}
