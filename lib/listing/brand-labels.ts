/**
 * The words shops print before a brand ("Brand:", "Marque :", "Výrobca") and around it ("Visit the
 * X Store", "Ver mais artigos da Marca: X"), per language, and the clean-up that removes them.
 */

/** Labels naming the brand or maker, per language (lower case; matched whole, with an optional colon). */
export const BRAND_LABELS: Record<string, string[]> = {
  en: ['brand', 'brand name', 'manufacturer', 'make', 'make/manufacturer', 'maker', 'designer', 'label'],
  de: ['marke', 'hersteller', 'markenname'],
  fr: ['marque', 'fabricant'],
  es: ['marca', 'fabricante'],
  pt: ['marca', 'fabricante'],
  it: ['marca', 'marchio', 'produttore'],
  nl: ['merk', 'fabrikant'],
  sv: ['märke', 'varumärke', 'tillverkare'],
  da: ['mærke', 'producent'],
  no: ['merke', 'produsent'],
  fi: ['merkki', 'valmistaja', 'tuotemerkki'],
  et: ['kaubamärk', 'tootja', 'bränd'],
  lv: ['zīmols', 'ražotājs'],
  lt: ['prekės ženklas', 'gamintojas'],
  pl: ['marka', 'producent'],
  cs: ['značka', 'výrobce'],
  sk: ['značka', 'výrobca'],
  sl: ['znamka', 'blagovna znamka', 'proizvajalec'],
  hr: ['marka', 'brend', 'proizvođač'],
  sr: ['brend', 'proizvođač', 'бренд', 'произвођач'],
  hu: ['márka', 'gyártó'],
  ro: ['marcă', 'marca', 'producător', 'producator', 'brand'],
  bg: ['марка', 'производител'],
  ru: ['бренд', 'марка', 'производитель'],
  uk: ['бренд', 'марка', 'виробник'],
  el: ['μάρκα', 'κατασκευαστής'],
  tr: ['marka', 'üretici'],
  kk: ['бренд', 'өндіруші'],
  he: ['מותג', 'יצרן'],
  ar: ['الماركة', 'العلامة التجارية', 'الشركة المصنعة'],
  zh: ['品牌', '廠牌', '厂牌', '製造商', '制造商'],
  ja: ['ブランド', 'メーカー'],
  ko: ['브랜드', '제조사'],
};

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const LABEL_WORDS = Array.from(new Set(Object.values(BRAND_LABELS).flat())).sort((a, b) => b.length - a.length);
const LABEL_SOURCE = `(?:${LABEL_WORDS.map(escape).join('|')})`;

/** A text that is a brand label and nothing else: "Brand", "Marke:", "Manufacturer :". */
export const LABEL_ONLY = new RegExp(`^\\s*${LABEL_SOURCE}\\s*[:：]?\\s*$`, 'iu');
/** A brand label then a colon and the value: "Marque : D & STBKI", "make/manufacturer: Indesit". */
export const LABEL_THEN_VALUE = new RegExp(`^\\s*${LABEL_SOURCE}\\s*[:：]\\s*(\\S.*)$`, 'iu');
/** Any text ending in a brand label and colon: "Ver mais artigos da Marca: X" keeps X. */
const LABEL_INSIDE = new RegExp(`(?<![\\p{L}\\p{N}])${LABEL_SOURCE}\\s*[:：]\\s*(\\S.*)$`, 'iu');

/** Bylines that wrap the brand: a shop-in-shop link ("Visit the X Store") or "by X", per language. */
const BYLINES: RegExp[] = [
  /^visit the (.+?) store$/i,
  /^besuchen sie den (.+?)[- ]store$/i,
  /^besuche den (.+?)[- ]store$/i,
  /^visitez la boutique (?:de )?(.+?)$/i,
  /^visiter la boutique (?:de )?(.+?)$/i,
  /^visita lo store di (.+?)$/i,
  /^visita la tienda de (.+?)$/i,
  /^visite a loja (?:de |da )?(.+?)$/i,
  /^bezoek de (.+?)[- ]winkel$/i,
  /^bezoek de (.+?) store$/i,
  /^besök (.+?)s? butik$/i,
  /^odwiedź sklep (.+?)$/i,
];
/** "by X" in a byline element; not applied to markup values, where "By Terry" is a brand. */
const BY = /^(?:by|von|par|di|door|av|od) (.+?)$/i;

/**
 * A brand value without the words around it: "Marke: Oceana" → "Oceana", "Visit the Ubisoft Store"
 * → "Ubisoft", "Ver mais artigos da Marca: Roborock" → "Roborock"; null when only a label is left.
 * `byline`: the text is a byline element's, where a leading "by" is not part of the name.
 */
export function stripBrandLabel(raw: string, byline = false): string | null {
  let s = raw.replace(/\s+/g, ' ').trim();
  if (!s || LABEL_ONLY.test(s)) return null;
  const inside = LABEL_INSIDE.exec(s);
  if (inside) s = inside[1]!.trim();
  for (const re of byline ? [...BYLINES, BY] : BYLINES) {
    const m = re.exec(s);
    if (m) {
      s = m[1]!.trim();
      break;
    }
  }
  return s && !LABEL_ONLY.test(s) ? s : null;
}
