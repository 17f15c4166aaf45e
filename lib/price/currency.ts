/**
 * Currency markers: the signs, ISO codes and words that name a currency next to an amount.
 * A marker maps to an ISO 4217 code, or to a group (`$`, `kr`, `¥`, `Rs`, `peso`, `R`) when one
 * sign serves several currencies; the caller's default currency picks within the group.
 */

/**
 * Markers per code. Lower-case words also match Capitalised and UPPER case; the rest match as written.
 * Where a marker fits several rows, the first row wins (`$` and other shared signs are groups below).
 */
const MARKERS: Record<string, string> = {
  // the Americas
  USD: 'US$ U$S U$D usd $US',
  CAD: 'CA$ CAN$ C$ cad $CA $CAN',
  MXN: 'MX$ Mex$ mxn',
  BRL: 'R$ brl reais',
  ARS: 'AR$ ARS',
  CLP: 'CLP$ CLP',
  COP: 'COL$ COP',
  UYU: '$U UYU',
  PEN: 'S/. S/ PEN soles',
  DOP: 'RD$ DOP',
  PAB: 'B/. PAB balboa balboas',
  CRC: '₡ CRC colones colón',
  PYG: '₲ Gs. PYG guaraníes guaraní',
  BOB: 'Bs. BOB bolivianos',
  VES: 'Bs.S VES bolívares',
  GTQ: 'GTQ quetzales',
  HNL: 'HNL lempiras',
  NIO: 'NIO córdobas',
  JMD: 'J$ JA$ JMD',
  TTD: 'TT$ TTD',
  BBD: 'Bds$ BBD',
  BSD: 'B$ BSD',
  BZD: 'BZ$ BZD',
  XCD: 'EC$ XCD',
  GYD: 'G$ GYD',
  KYD: 'CI$ KYD',
  BMD: 'BD$ BMD',
  // Europe
  EUR: '€ eur euro euros',
  GBP: '£ gbp pounds',
  CHF: 'chf SFr. sFr. Fr. fr. francs franc franken',
  SEK: 'sek kronor',
  NOK: 'nok',
  DKK: 'dkk',
  ISK: 'ISK',
  PLN: 'zł zl pln złotych złote złoty zloty',
  CZK: 'Kč czk korun koruna',
  HUF: 'Ft huf forint',
  RON: 'RON lei leu',
  MDL: 'MDL',
  BGN: 'лв. лв BGN лева лев leva',
  HRK: 'kn HRK kuna kune',
  RSD: 'дин. дин din. RSD dinara',
  MKD: 'ден. ден MKD',
  BAM: 'KM BAM',
  ALL: 'Lek Lekë lekë ALL',
  TRY: '₺ TL YTL TRY lira',
  UAH: '₴ грн. грн uah гривень гривня hryvnia',
  BYN: 'BYN Br BYR',
  GEL: '₾ GEL lari',
  AMD: '֏ AMD դր.',
  AZN: '₼ AZN manat',
  // Asia and Oceania
  KZT: '₸ тг. тг KZT тенге tenge',
  KGS: 'KGS сом',
  UZS: 'UZS сўм сум',
  TJS: 'TJS сомони',
  MNT: '₮ MNT төгрөг',
  INR: '₹ inr',
  PKR: 'PKR',
  LKR: 'LKR රු',
  NPR: 'NPR रू रु',
  BDT: '৳ BDT Tk. taka টাকা',
  JPY: '円 JP¥ jpy yen',
  CNY: 'CN¥ RMB cny yuan 人民币 块',
  HKD: 'HK$ HKD 港元 港幣',
  MOP: 'MOP$ MOP',
  TWD: 'NT$ TWD 新台幣 新臺幣',
  KRW: '₩ 원 krw',
  THB: '฿ THB baht บาท',
  LAK: '₭ LAK kip ກີບ',
  KHR: '៛ KHR riel',
  MMK: 'MMK Ks kyat',
  MYR: 'RM MYR ringgit',
  SGD: 'SG$ S$ SGD',
  IDR: 'Rp IDR rupiah',
  PHP: '₱ PHP',
  VND: '₫ đ Đ VND dong',
  AUD: 'AU$ AUD$ A$ aud $AU',
  NZD: 'NZ$ nzd',
  FJD: 'FJ$ FJD',
  // the Middle East and Africa
  AED: 'د.إ درهم Dhs Dh AED dirhams dirham',
  SAR: 'ر.س ريال SR SAR riyals riyal',
  QAR: 'ر.ق QR QAR',
  KWD: 'د.ك KD KWD',
  BHD: 'د.ب BD BHD',
  OMR: 'ر.ع. ر.ع OMR',
  JOD: 'د.ا JD JOD',
  IQD: 'ع.د IQD',
  LBP: 'ل.ل LBP',
  IRR: 'ریال تومان IRR IRT toman tomans rial rials',
  ILS: '₪ ש"ח ש״ח NIS ILS shekels shekel',
  EGP: 'E£ ج.م جنيه EGP',
  MAD: 'د.م. MAD',
  DZD: 'د.ج DZD',
  TND: 'د.ت DT TND',
  ZAR: 'ZAR rand',
  NGN: '₦ NGN naira',
  GHS: 'GH₵ GH¢ ₵ GHS cedis cedi',
  KES: 'KES KSh',
  UGX: 'UGX USh',
  TZS: 'TZS TSh',
  XOF: 'XOF',
  XAF: 'XAF',
  RUB: '₽ RUB RUR рублей рубля рубль rubles roubles ruble rouble',
  // shared signs: resolved by the page's currency (GROUPS)
  $: '$ ＄ dollars dollar',
  kr: 'kr. kr krona krone kroner kronur',
  '¥': '¥ ￥',
  元: '元 圓 圆',
  Rs: 'Rs. Rs ₨ rupees rupee',
  руб: 'руб. руб р. р Р',
  peso: 'pesos peso',
  CFA: 'FCFA CFA',
  R: 'R',
};

/** Currencies a shared sign can stand for; the first is used unless the default is another member. */
const GROUPS: Record<string, string[]> = {
  $: [
    'USD', 'CAD', 'AUD', 'NZD', 'SGD', 'HKD', 'MXN', 'ARS', 'CLP', 'COP', 'UYU', 'DOP', 'TWD', 'CUP', 'JMD', 'TTD', 'BBD',
    'BSD', 'BZD', 'BMD', 'KYD', 'XCD', 'FJD', 'GYD', 'SRD', 'LRD', 'NAD', 'SBD', 'BND', 'WST', 'TOP', 'NIO',
  ],
  kr: ['SEK', 'NOK', 'DKK', 'ISK'],
  '¥': ['JPY', 'CNY'],
  元: ['CNY', 'TWD', 'HKD', 'MOP', 'JPY'],
  Rs: ['INR', 'PKR', 'LKR', 'NPR', 'MUR', 'SCR'],
  руб: ['RUB', 'BYN'],
  peso: ['MXN', 'ARS', 'CLP', 'COP', 'UYU', 'DOP', 'PHP', 'CUP'],
  CFA: ['XOF', 'XAF'],
  // A bare "R" is too common in text to mean rand unless the page is South African.
  R: ['', 'ZAR'],
};

const TABLE = new Map<string, string>();
for (const [code, list] of Object.entries(MARKERS)) {
  for (const m of list.split(' ')) {
    const variants = /^\p{Ll}/u.test(m) ? [m, m[0]!.toUpperCase() + m.slice(1), m.toUpperCase()] : [m];
    for (const v of variants) if (!TABLE.has(v)) TABLE.set(v, code);
  }
}

const ISO = new Set(Object.keys(MARKERS).filter((k) => /^[A-Z]{3}$/.test(k)).concat('MUR', 'SCR', 'SRD', 'LRD', 'NAD', 'SBD', 'BND', 'WST', 'TOP', 'CUP'));

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/**
 * One regex source matching any marker, longest first. Markers starting or ending with a letter must
 * not touch another letter, so "kr" never matches inside "Krone" and "TL" not inside "TLC". Markers
 * are grouped by which of those guards they need; at any one position only markers sharing a first
 * character compete, and each group lists them longest first ("kr." before "kr", "R$" before "R").
 */
export const MARKER_SOURCE = (() => {
  const groups: string[][] = [[], [], [], []];
  for (const m of [...TABLE.keys()].sort((a, b) => b.length - a.length)) {
    const head = /^\p{L}/u.test(m);
    const tail = /\p{L}$/u.test(m);
    // "AU $89", "US $45", "129,00 $ CA": allow one space between letters and the dollar sign.
    const body = /^\p{Lu}{2,}\$$/u.test(m)
      ? escape(m.slice(0, -1)) + ' ?\\$'
      : /^\$\p{Lu}{2,}$/u.test(m)
        ? '\\$ ?' + m.slice(1)
        : escape(m);
    groups[head ? (tail ? 1 : 0) : tail ? 2 : 3]!.push(body);
  }
  const [headOnly, both, tailOnly, neither] = groups.map((g) => g.join('|'));
  return `(?<!\\p{L})(?:${headOnly})|(?<!\\p{L})(?:${both})(?!\\p{L})|(?:${tailOnly})(?!\\p{L})|${neither}`;
})();

/** Normalises a default currency option: a known three-letter code or undefined. */
export function cleanDefault(code: string | undefined | null): string | undefined {
  const c = code?.trim().toUpperCase();
  return c && /^[A-Z]{3}$/.test(c) ? c : undefined;
}

/** True when a marker (as found in text) names one currency by itself, e.g. "CAD" or "€" but not "$". */
export function isSpecificMarker(marker: string): boolean {
  const key = TABLE.get(marker.replace(' ', ''));
  return key !== undefined && !(key in GROUPS);
}

/**
 * The ISO code a currency marker stands for ("€" → EUR, "HK$" → HKD, "kr" → SEK). Shared signs
 * resolve to `defaultCurrency` when it is one of the sign's currencies ("$" with CAD → CAD).
 */
export function currencyFromSymbol(marker: string, defaultCurrency?: string): string | null {
  const key = TABLE.get(marker.trim().replace(' ', ''));
  if (key === undefined) return null;
  const group = GROUPS[key];
  if (!group) return key;
  const def = cleanDefault(defaultCurrency);
  if (def && group.includes(def)) return def;
  return group[0] || null;
}

/** Reads a currency given as an ISO code or a marker ("usd", "€", "RMB") as an ISO code, or null. */
export function normaliseCurrency(value: string, defaultCurrency?: string): string | null {
  const v = value.trim();
  const upper = v.toUpperCase();
  if (ISO.has(upper)) return upper;
  return currencyFromSymbol(v, defaultCurrency);
}
