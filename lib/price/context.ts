/**
 * Words around an amount that say what it is. Matched against the text between the previous
 * amount and this one ("before", anchored at its end) or up to the next one ("after", anchored at its start).
 */

/** Amounts that are savings, thresholds, instalments, fees or caps rather than what the product costs. */
export const BEFORE_NOT_PRICE = new RegExp(
  '(?:(?<!\\p{L})(?:save|saving|savings(?: of)?|earn|extra|spend(?:ing)?|get|over|above|' +
    'min(?:imum)?\\.?(?: order)?|under|below|less than|up to|max(?:imum)?\\.?|budget|worth|valued (?:at|of)|value of|' +
    'more than|más de|plus de|mehr als|più di|mais de|meer dan|mer än|ponad|' +
    'sparen?|sie sparen|économisez|ahorr[ae]s?|risparmi|bespaar|spar|oszczędzasz|bis zu|jusqu.à|hasta|' +
    'payments? of|instal{1,2}ments? of|cuotas? de|parcelas? de|rate da|\\d+\\s*x(?:\\s*de)?|' +
    '\\d+\\s+(?:for|für|pour|por|per)|cash ?back|credit|off)\\s*[:-]?\\s*|\\+\\s*|(?:^|\\s)[-−])$',
  'iu',
);

/**
 * A basket total right before an amount ("orders over $50", "purchases between $35 and $1,000",
 * "on orders $50+"): a threshold for shipping, a discount or instalments, at both ends of a range.
 */
export const BASKET = new RegExp(
  String.raw`(?<!\p{L})(?:orders?|purchases?|baskets?|carts?|subtotals?)` +
    String.raw`(?:\s+(?:of|over|above|between|from|totall?ing|exceeding))?\s*:?\s*$`,
  'iu',
);

/**
 * A saving then "on" right before an amount ("Save €20 on €100", "€10 off on €50"): the amount is the
 * spend the saving needs. Matched on the raw text before the amount, since the saving is an amount too.
 * "on" alone is not enough: in Finnish it means "is" ("Hinta on 49 €").
 */
export const SAVING_ON =
  /(?:(?<!\p{L})(?:save|saving|take|extra|get)\s+(?:up to\s+)?\S{1,14}|\S{1,14}\s+off)\s+on\s*$/iu;

/** Shipping words anywhere in the same clause before an amount mark a fee or free-shipping threshold. */
export const SHIPPING = new RegExp(
  '(?<!\\p{L})(?:shipping|delivery|postage|livraison|versand|lieferung|env[íi]o|spedizione|porto|frete|' +
    'verzending|frakt|fragt|wysyłka|dostawa)(?!\\p{L})',
  'iu',
);

/** Measures a price can be per: a word, never a single letter that an article could stand before ("a l'unité"). */
const UNIT_WORDS =
  'oz|ounce|lb|pound|kg|kilo(?:gram(?:me)?)?|gram(?:me)?|lit(?:re|er|ro)|liter|' +
  'square (?:foot|feet|met(?:re|er))|met(?:re|er)';

export const AFTER_NOT_PRICE = new RegExp(
  '^\\s*(?:%|(?:off|back|credit|value|worth|discount|rabatt|korting|rebate|shipping|delivery|postage)(?!\\p{L})|' +
    'cash ?back|(?:store |account |gift )?credit|in (?:credit|rewards)|de (?:réduction|remise|descuento)|di sconto|' +
    '(?:\\/|per |a |an |pro |par |al |im |each )\\s*' +
    '(?:mo|mth|month|monat|mois|mes|mese|maand|year|yr|jahr|an|año|anno|' +
    'week|wk|day|night|tag|jour)(?!\\p{L})|monthly|p\\.\\s?m\\.|x\\s*\\d|' +
    // A unit price ("$5.45 an ounce", "2,99 €/kg", "12 € le litre") prices a measure of the product, not the product.
    '(?:\\/|per |pro |je )\\s*(?:10{1,3}\\s*)?(?:ml|cl|l|g|m2|m²|sq\\.? ?ft|' +
    UNIT_WORDS +
    ')(?!\\p{L})|(?:an? |the |le |la |al |il |el |das |der |den |het )(?:' +
    UNIT_WORDS +
    ')(?!\\p{L}))',
  'iu',
);

/** Labels that make the following amount a former price. */
export const WAS = new RegExp(
  '(?<!\\p{L})(?:was|were|orig(?:inal(?:ly)?)?\\.?|usually|normally|typically|regularly|normal|reg(?:ular)?\\.?|' +
    'list|rrp|msrp|mrp|uvp|compare at|retail|' +
    'before|previously|formerly|statt|vorher|ursprünglich(?:er)?|avant|au lieu de|prix barré|prima|invece di|antes|' +
    'tidigare|ord\\.?|ordinarie|normalpris|før|förut|przed)(?:\\s*(?:price|prix|preis|prezzo|precio|pris))?' +
    '\\s*[:.]?\\s*$',
  'iu',
);

/**
 * A former price told as what the product usually sells for ("normally sell for $399.99", "usually retails for
 * £150") or in a past tense that means "used to cost" ("costaba 129 euros", "costava", "coûtait"): the words stand
 * a verb away from the amount, where WAS wants its label right before it.
 */
export const WAS_SOLD = new RegExp(
  String.raw`(?<!\p{L})(?:(?:usually|normally|typically|regularly|originally|ordinarily)\s+` +
    String.raw`(?:sells?|sold|retails?|retailed|costs?|goes|went|lists?|listed|priced|runs?|ran)` +
    String.raw`(?:\s+(?:for|at|around|about))?|used to (?:cost|sell for|retail for|go for)|` +
    String.raw`costaba|costava|custava|coûtait|costait|kostete (?:früher|sonst|normalerweise)|` +
    String.raw`kostet (?:sonst|normalerweise|regulär))\s*:?\s*$`,
  'iu',
);

/**
 * The EU's "lowest price in the last 30 days" note before an amount (en, de, pl, fr, it, es, pt, nl, sv, da, nb,
 * fi): a reference price the shop must show beside a discount, so a former price, never the current one.
 * Matched on up to 100 characters of the clause, since the label is long ("Najniższa cena z 30 dni przed obniżką:").
 */
export const LOWEST_30_DAYS = new RegExp(
  String.raw`(?<!\p{L})(?:lowest|niedrigste[rns]?|günstigste[rns]?|najniższa|plus bas|più basso|más bajo|` +
    String.raw`mais baixo|laagste|lägsta|laveste|alhaisin|alin)(?!\p{L})[^;|
]{0,60}?` +
    String.raw`(?:days|tage|tagen|dni|jours|giorni|días|dias|dagen|dagar|dagarna|dage|dager|päivän|päivää)` +
    String.raw`(?!\p{L})[^\d;|
]{0,30}$`,
  'iu',
);

/** Labels that make the following amount the current (sale) price. */
export const NOW = new RegExp(
  '(?<!\\p{L})(?:now|sale|sale price|only|just|our price|current|aktuell(?:er)?|special price|deal|' +
    '(?:on sale|marked down|reduced|discounted|down) (?:for|to|at)|' +
    'jetzt|nur|maintenant|' +
    'seulement|ahora|ora|solo|nu|voor|por|för|nå|teraz|today|this week|réduit|soldé|promo|reduziert|rebajado)' +
    '(?:\\s*(?:price|prix|preis|prezzo|precio|pris))?\\s*(?:only\\s*)?[:.]?\\s*$',
  'iu',
);

/** A former price given as where the price came down from ("on sale for $104, down from $130"). */
export const DOWN_FROM = new RegExp(
  String.raw`(?<!\p{L})(?:down|reduced|marked down|cut|dropped|lowered|reduziert|baissé|rebajado|ribassato|` +
    String.raw`obniżone?)\s+(?:from|von|de|da|z)\s*:?\s*$`,
  'iu',
);

/** Labels that make the following amount the low end of an open range ("from $99"). */
export const FROM = new RegExp(
  '(?<!\\p{L})(?:from|starting (?:at|from)|starts at|as low as|ab|à partir de|a partir de|dès|desde|' +
    'da|vanaf|från|fra|od|fino da)\\s*(?:only\\s*)?:?\\s*$',
  'iu',
);

/** Text after an amount that makes it the low end of an open range ("$99 and up", "$99+"). */
export const AND_UP = /^\s*(?:\+|and (?:up|above|over)|or more|und mehr|et plus|y más|e più)(?!\p{L})/iu;

/**
 * What may stand between the two ends of a range. "and" is not among them: "£360 and £530" lists two
 * products' prices; "between $35 and $60" is a range by its "between" (pairs.ts).
 */
export const RANGE_GAP = /^\s*(?:-|–|—|~|〜|～|to|bis|à|a|au|hasta|tot|till|until)\s*$/iu;

/** Text between two amounts shown side by side as a strikethrough/sale pair ("$200 $150", "$795 ($549.95)"). */
export const PAIR_GAP = /^\s*[(\[]?\s*$/u;

/** A label introducing an amount whose currency is given elsewhere ("Price: 59.99"). */
export const PRICE_LABEL = /(?<!\p{L})(?:price|preis|prix|prezzo|precio|prijs|pris|cena|preço)\s*:?\s*$/iu;

/** The same label in prose ("un precio de 35,95", "a price of 59.99"): read only for amounts written with cents. */
export const PRICE_OF =
  /(?<!\p{L})(?:price|preis|prix|prezzo|precio|prijs|pris|cena|preço)\s+(?:of|von|de|di|van|på|na)\s*$/iu;
