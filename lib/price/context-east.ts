/**
 * Words around an amount in Japanese, Chinese and Korean that say what it is (the counterparts of
 * context.ts, kept apart because these scripts need no word boundaries: "1万円台", "3,000원 할인").
 */

/** Text right after an amount that makes it no product's price: a price band ("1万円台", "80만원대"), a discount, a cap. */
export const AFTER_NOT_PRICE_EAST =
  /^[台대]|^\s*(?:円|원)?\s*(?:引き|割引|値引き?|オフ|お得|相当|分の|以下|未満|할인|적립|이하|미만|상당|减|优惠)/u;

/** Text right before an amount that makes it a cap, a saving, a fee or a monthly payment. */
export const BEFORE_NOT_PRICE_EAST =
  /(?:最大|最高|合計|送料|月額|月々|毎月|割引|値引き?|ポイント|최대|배송비|(?<!\d\s?)월|할인|적립|最多|运费|每月|优惠|立减)\s*[:：]?\s*$/u;
