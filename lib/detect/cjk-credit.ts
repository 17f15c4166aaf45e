// How Japanese and Korean shop credits write an item: maker in brackets or capitals, quoted name, size.

/** A full stop, exclamation or question mark of Chinese, Japanese or Korean text. */
export const SENTENCE_END = /[。！？]/u;
/** Trailing measurements of an item: "H19×W14.5×D11cm", "W30 x H20 cm", "(H12×W15cm)". */
export const DIMENSIONS =
  /\s*[（(]?\s*(?:[HWDL]\s?\d+(?:[.,]\d+)?\s*(?:cm|mm)?\s*[×x*]\s*)+[HWDL]\s?\d+(?:[.,]\d+)?\s*(?:cm|mm)?\s*[）)]?\s*$/iu;

/** A name quoted in Japanese brackets, maybe followed by its size: 「リフトナイトクリーム W」40g. */
export const QUOTED_NAME = /^\s*「([^」]{2,60})」\s*(?:\d+(?:[.,]\d+)?\s*(?:ml|mL|g|kg|枚|個|本|包)?)?\s*$/u;
/** 【Maker】 before a Japanese item name. */
export const BRACKET_BRAND = /^\s*【([^】]{1,40})】\s*/u;
/** A maker in Latin capitals before Japanese or Korean text. */
export const CAPS_BEFORE_CJK = new RegExp(
  String.raw`^\s*(\p{Lu}[\p{Lu}\d&'’./-]*(?:\s\p{Lu}[\p{Lu}\d&'’./-]*){0,3})\s+` +
    String.raw`(?=[\p{Script=Han}\p{Script=Katakana}\p{Script=Hiragana}\p{Script=Hangul}])`,
  'u',
);

/**
 * Japanese shop credits after a price: "¥53,000(バブアー 渋谷店〈バブアー〉)", "¥13,200(TEMBEA / テンベア TEL:…)",
 * also after a starred note on the price ("¥8,000 *名入れ無料(maker | shop)").
 */
const CREDIT_AFTER = /^\s*(?:[（(]?税込[）)]?)?\s*(?:[*※][^（(*※。]{1,30})?[（(]([^（()）]{2,80})(?:[）)]|$)/u;
/** A maker in angle brackets inside a credit: the shop comes first, the maker in 〈〉. */
const ANGLED = /[〈<《]([^〉>》]{1,40})[〉>》]/u;
/** Notes on the price in its brackets: tax included or excluded, checked by the editors, planned ("(すべて予定価格)"). */
const TAX_NOTE = /^\s*(?:すべて|全て|いずれも|各)?\s*(?:税込|税抜|税別|編集部調べ|予定価格|参考価格|本体価格)/u;
/**
 * The maker named once for every item of a credit, after its last price and price note: "…¥759,000(すべて予定価格)
 * /以上シャネル(シャネル カスタマーケア)", "¥462,000(予定価格)/セリーヌ(セリーヌ ジャパン)" (以上: "all the above").
 */
const SHARED_MAKER =
  /^\s*(?:[（(][^（()）]{1,20}[）)])?\s*[/／]\s*(?:以上|すべて|共に)?\s*([^（()）/／|｜、。]{2,40}?)\s*(?:[（(]|$)/u;
/**
 * A picture credit in the brackets after a price ("(Fot. materiały prasowe)", "(Photo: Instagram)", "(Foto: PR)",
 * "(写真提供…)"): it names who took or lent the picture, never the maker.
 */
const PHOTO_NOTE =
  /^\s*(?:fot\.|foto\b|photos?\b|photograph|bild\b|kuva\b|billede\b|credit\b|image\b|imagen\b|immagine\b|写真|사진)/iu;
/** Store words and phone numbers that follow the maker's name in a credit. */
const CREDIT_TAIL = /\s*(?:TEL|Tel|tel|☎|お問い合わせ).*$/u;

/**
 * The maker named in the parenthesised credit right after a price (Japanese magazines and shops write the
 * maker, then the shop or press office, split by "/", "|" or "／"), or null when the brackets hold none.
 */
export function creditMaker(after: string): string | null {
  const m = CREDIT_AFTER.exec(after);
  // "(税込・編集部調べ)": a note on the price, not a credit.
  if (!m || TAX_NOTE.test(m[1]!) || PHOTO_NOTE.test(m[1]!)) return null;
  const angled = ANGLED.exec(m[1]!);
  const first = (angled ? angled[1]! : m[1]!.split(/\s*[/／|｜]\s*/u)[0]!)
    .replace(CREDIT_TAIL, '')
    .replace(ALL, '')
    .trim();
  return first.length >= 2 && first.length <= 40 ? first : null;
}

/** "All of the above", "both": a credit that names the maker of every item before it. */
const ALL = /^(?:以上|すべて|全て|共に|ともに|いずれも)\s*/u;

/**
 * The maker a credit names once for all its items, read after the line's last price: "/以上シャネル(…)" after the
 * price note, or a bracketed credit that says so ("(共にアニヤ | アニヤ ジャパン)"); null when none.
 */
export function sharedMaker(after: string): string | null {
  const m = SHARED_MAKER.exec(after);
  const first = m?.[1]!.replace(CREDIT_TAIL, '').trim();
  if (first && first.length >= 2 && !TAX_NOTE.test(first)) return first;
  const own = CREDIT_AFTER.exec(after)?.[1];
  return own && ALL.test(own) ? creditMaker(after) : null;
}

// Words Japanese and Korean shops put around a price ("期間限定価格¥4,990税込"): a label, never an item's name.
const PRICE_WORD =
  String.raw`[（(]?(?:税込|税抜|税別|込|本体|期間限定価格|販売価格|参考価格|通常価格|セール価格|価格|定価|` +
  String.raw`정가|판매가|할인가|특가|가격)[）)]?\s*[:：]?\s*`;
/** A text of such words only. */
export const PRICE_WORDS = new RegExp(`^(?:${PRICE_WORD})+$`, 'u');
/** Such words at the end of the text before a price ("期間限定価格" in "期間限定価格¥4,990"). */
export const PRICE_WORDS_END = new RegExp(`(?:${PRICE_WORD})+$`, 'u');
