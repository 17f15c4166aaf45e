/**
 * Countries and the currency shops there price in, by ISO 3166 code (also the country-code TLD, and
 * the region of a locale tag), plus country names as pages write them in structured addresses.
 * Euro-area members, CFA francs and other shared currencies are listed under each country.
 */

/** ISO 3166-1 alpha-2 (lower case) → ISO 4217. "uk" is the TLD of gb. */
export const COUNTRY_CURRENCY: Record<string, string> = Object.fromEntries(
  // Americas
  (
    'us:USD ca:CAD mx:MXN gt:GTQ bz:BZD sv:USD hn:HNL ni:NIO cr:CRC pa:PAB cu:CUP do:DOP ht:HTG jm:JMD ' +
    'tt:TTD bb:BBD bs:BSD bm:BMD ky:KYD ag:XCD dm:XCD gd:XCD kn:XCD lc:XCD vc:XCD aw:AWG cw:ANG pr:USD ' +
    'co:COP ve:VES ec:USD pe:PEN bo:BOB cl:CLP ar:ARS uy:UYU py:PYG br:BRL gy:GYD sr:SRD ' +
    // Europe
    'gb:GBP uk:GBP ie:EUR fr:EUR de:EUR at:EUR be:EUR nl:EUR lu:EUR it:EUR es:EUR pt:EUR fi:EUR gr:EUR ' +
    'sk:EUR si:EUR ee:EUR lv:EUR lt:EUR mt:EUR cy:EUR hr:EUR mc:EUR sm:EUR va:EUR ad:EUR me:EUR xk:EUR ' +
    'ch:CHF li:CHF se:SEK no:NOK dk:DKK is:ISK fo:DKK gl:DKK pl:PLN cz:CZK hu:HUF ro:RON md:MDL bg:BGN ' +
    'rs:RSD ba:BAM mk:MKD al:ALL tr:TRY ru:RUB by:BYN ua:UAH ge:GEL am:AMD az:AZN gi:GIP im:GBP je:GBP gg:GBP ' +
    // Asia and Oceania
    'kz:KZT kg:KGS uz:UZS tj:TJS tm:TMT mn:MNT cn:CNY hk:HKD mo:MOP tw:TWD jp:JPY kr:KRW kp:KPW ' +
    'in:INR pk:PKR lk:LKR np:NPR bd:BDT bt:BTN mv:MVR af:AFN ir:IRR iq:IQD sy:SYP lb:LBP jo:JOD il:ILS ps:ILS ' +
    'sa:SAR ae:AED qa:QAR kw:KWD bh:BHD om:OMR ye:YER th:THB vn:VND la:LAK kh:KHR mm:MMK my:MYR sg:SGD ' +
    'bn:BND id:IDR ph:PHP tl:USD au:AUD nz:NZD fj:FJD pg:PGK sb:SBD vu:VUV ws:WST to:TOP ' +
    // Africa
    'eg:EGP ly:LYD tn:TND dz:DZD ma:MAD sd:SDG ss:SSP et:ETB er:ERN dj:DJF so:SOS ke:KES ug:UGX tz:TZS ' +
    'rw:RWF bi:BIF cd:CDF ao:AOA zm:ZMW zw:ZWL mw:MWK mz:MZN mg:MGA mu:MUR sc:SCR km:KMF za:ZAR na:NAD ' +
    'bw:BWP ls:LSL sz:SZL ng:NGN gh:GHS lr:LRD sl:SLE gn:GNF gm:GMD cv:CVE mr:MRU st:STN ' +
    'sn:XOF ci:XOF ml:XOF bf:XOF ne:XOF tg:XOF bj:XOF gw:XOF cm:XAF ga:XAF cg:XAF cf:XAF td:XAF gq:XAF'
  )
    .split(' ')
    .map((pair) => pair.split(':') as [string, string]),
);

/**
 * Country names (English and the country's own) → ISO code, for addresses in structured data
 * ("addressCountry": "Chile"). Lower case, accents kept.
 */
export const COUNTRY_NAMES: Record<string, string> = {
  'united states': 'us',
  usa: 'us',
  'united states of america': 'us',
  'estados unidos': 'us',
  canada: 'ca',
  mexico: 'mx',
  méxico: 'mx',
  chile: 'cl',
  argentina: 'ar',
  colombia: 'co',
  perú: 'pe',
  peru: 'pe',
  uruguay: 'uy',
  paraguay: 'py',
  bolivia: 'bo',
  ecuador: 'ec',
  venezuela: 've',
  brasil: 'br',
  brazil: 'br',
  'república dominicana': 'do',
  'dominican republic': 'do',
  'costa rica': 'cr',
  panamá: 'pa',
  panama: 'pa',
  guatemala: 'gt',
  honduras: 'hn',
  nicaragua: 'ni',
  jamaica: 'jm',
  'trinidad and tobago': 'tt',
  'united kingdom': 'gb',
  uk: 'gb',
  'great britain': 'gb',
  england: 'gb',
  scotland: 'gb',
  wales: 'gb',
  ireland: 'ie',
  australia: 'au',
  'new zealand': 'nz',
  singapore: 'sg',
  'hong kong': 'hk',
  taiwan: 'tw',
  台灣: 'tw',
  臺灣: 'tw',
  china: 'cn',
  中国: 'cn',
  japan: 'jp',
  日本: 'jp',
  'south korea': 'kr',
  korea: 'kr',
  대한민국: 'kr',
  한국: 'kr',
  india: 'in',
  pakistan: 'pk',
  'sri lanka': 'lk',
  nepal: 'np',
  bangladesh: 'bd',
  sweden: 'se',
  sverige: 'se',
  norway: 'no',
  norge: 'no',
  denmark: 'dk',
  danmark: 'dk',
  iceland: 'is',
  ísland: 'is',
  switzerland: 'ch',
  schweiz: 'ch',
  suisse: 'ch',
  svizzera: 'ch',
  poland: 'pl',
  polska: 'pl',
  'czech republic': 'cz',
  czechia: 'cz',
  česko: 'cz',
  hungary: 'hu',
  magyarország: 'hu',
  romania: 'ro',
  românia: 'ro',
  bulgaria: 'bg',
  croatia: 'hr',
  hrvatska: 'hr',
  serbia: 'rs',
  turkey: 'tr',
  türkiye: 'tr',
  russia: 'ru',
  россия: 'ru',
  belarus: 'by',
  беларусь: 'by',
  ukraine: 'ua',
  україна: 'ua',
  kazakhstan: 'kz',
  казахстан: 'kz',
  israel: 'il',
  'united arab emirates': 'ae',
  'saudi arabia': 'sa',
  egypt: 'eg',
  'south africa': 'za',
  nigeria: 'ng',
  kenya: 'ke',
  thailand: 'th',
  vietnam: 'vn',
  malaysia: 'my',
  indonesia: 'id',
  philippines: 'ph',
};

/** A country given as an ISO code or a name → its lower-case ISO code, or null. */
export function countryCode(value: string): string | null {
  const v = value.trim().toLowerCase();
  if (/^[a-z]{2}$/.test(v)) return COUNTRY_CURRENCY[v] ? v : null;
  return COUNTRY_NAMES[v] ?? null;
}

/**
 * The dollar and peso currencies, most common first: what a bare "$" can mean. The first is the default
 * reading of "$" unless the page's country says another.
 */
export const DOLLAR_CURRENCIES: readonly string[] = (
  'USD CAD AUD NZD SGD HKD MXN ARS CLP COP UYU DOP TWD CUP JMD TTD ' +
  'BBD BSD BZD BMD KYD XCD FJD GYD SRD LRD NAD SBD BND WST TOP NIO'
).split(' ');
