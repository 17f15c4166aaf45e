/**
 * Currency markers of the Americas and Europe, per ISO 4217 code: the signs, codes and words shops
 * write next to an amount, space-separated. Lower-case words also match Capitalised and UPPER case;
 * the rest match as written. Where a marker fits several rows, the first row wins, so a row never
 * repeats another's marker (shared signs such as "$" and "kr" are groups in currency.ts).
 * Two-letter Latin abbreviations that are everyday words ("Le", "MT", "FC") are left out: they would
 * turn dates and names into prices.
 */
export const MARKERS_WEST: Record<string, string> = {
  // the Americas
  USD: 'US$ U$S U$D usd $US 美元 美金',
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
  BOB: 'Bs. $b BOB bolivianos',
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
  AWG: 'Afl. ƒ AWG florin',
  ANG: 'NAf. ANG',
  HTG: 'HTG gourdes',
  SRD: 'SRD',
  FKP: 'FKP',
  // Europe
  // Finnish inflects the word ("85 eurolla", "50 euroa"); Polish says "eurów"; Slovenian "99,99 evra", "180 evrov",
  // Croatian and Slovak "eura"
  EUR: '€ eur euro euros euroa eurolla eurolle eurosta euron eurów evro evra evrov eura 유로 ユーロ 欧元 歐元',
  // the pound in the other languages of the lexicon: Nordic "pund", German "Pfund", Dutch "pond",
  // French "livres", Italian "sterline", Spanish and Portuguese "libras", Polish "funtów", Finnish "puntaa"
  GBP:
    '£ gbp pounds pund pfund pond livres sterline sterlina libras funtów funty funta puntaa punnan ' +
    '파운드 ポンド 英镑 英鎊',
  GIP: 'GIP',
  CHF: 'chf SFr. sFr. Fr. fr. francs franc franken franchi franków frangia',
  SEK: 'sek kronor',
  NOK: 'nok',
  DKK: 'dkk',
  ISK: 'ISK',
  PLN: 'zł zl pln złotych złote złoty zloty zlotys',
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
  RUB: '₽ RUB RUR рублей рубля рубль rubles roubles ruble rouble',
};
