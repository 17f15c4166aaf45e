// How Japanese and Korean shop credits write an item: maker in brackets or capitals, quoted name, size.

/** A full stop, exclamation or question mark of Chinese, Japanese or Korean text. */
export const SENTENCE_END = /[。！？]/u;
/** Trailing measurements of an item: "H19×W14.5×D11cm", "W30 x H20 cm". */
export const DIMENSIONS =
  /\s*(?:[HWDL]\s?\d+(?:[.,]\d+)?\s*(?:cm|mm)?\s*[×x*]\s*)+[HWDL]\s?\d+(?:[.,]\d+)?\s*(?:cm|mm)?\s*$/iu;

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
