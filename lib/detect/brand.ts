import { findBrands, lookupBrand, matchBrandPrefix } from '../gazetteer';
import { nounHits } from './lexicon';
import { hostLabel, hostOf } from './retailer';
import { lowerAlnum, properName, words } from './text';
import { fromUrl } from './brand-url';
import { genitiveLead, quotedModel, sameWords } from './brand-forms';
import { FIELD_SEP, MODEL_CODE } from './title-fields';

export interface Split {
  brand: string | null;
  name: string;
}

/** Kana and Hangul: a name written in them stays as the page writes it, as the page's readers search for it. */
const NATIVE = /[\u3040-\u30ff\uac00-\ud7af]/u;
/**
 * A brand as the gazetteer spells it, or as written when unknown, written in Japanese or Korean script, or written
 * as another name of the label ("M&S", "Tommy Jeans"): the labelling rules keep the page's wording, no aliases.
 */
export function canonical(b: string): string {
  const hit = NATIVE.test(b) ? null : lookupBrand(b);
  return hit && sameWords(hit.name, b) ? hit.name : b;
}
/** A known maker's spelling on the page when it is another name of the label ("M&S"), else the gazetteer's. */
export const asWritten = (known: string, onPage: string): string => (sameWords(known, onPage) ? known : onPage.trim());

/**
 * Separates the brand from a product name: "Name by Brand", "Name, Brand", a bold lead,
 * "Brand / Name", a gazetteer brand at the start, a brand segment in the product URL, a
 * capitalised lead ("RIXO Satin Dress"), or a known brand inside a descriptive title.
 * `bold` is a <strong>/<b> run within the name: at its start or its end it is the brand.
 */
/** A maker word, then a model in title case holding a number: "Dreame L10s Ultra", "Sony WH-1000XM5". */
const MODEL_NAME = new RegExp(
  String.raw`^(\p{L}*\p{Lu}[\p{L}]{2,})\s+` +
    String.raw`((?:[\p{Lu}\d][\p{L}\d+.-]*\s+)*[\p{Lu}\d]*\d[\p{L}\d+.-]*(?:\s+[\p{Lu}\d][\p{L}\d+.()-]*)*)$`,
  'u',
);

export function splitBrand(text: string, bold?: [number, number] | null, url?: string | null): Split {
  const name = text.trim();
  // An award label before the product ("Best Overall: Koio Capri") is the editor's verdict, not a brand.
  const award = /^(?:best|top|editor'?s'?|most)\b[^:|–—]{0,30}[:|–—]\s*(.{2,})$/i.exec(name);
  if (award) return splitBrand(award[1]!, null, url);
  // "Name by Brand"; in other languages ("Vaqueros de Mango", "Trenchcoat van Only") only for a known brand.
  let m = /^(.*\S),?\s+(by|von|de|di|da|van|fra|från|af)\s+([^,]+)$/i.exec(name);
  if (
    m &&
    words(m[3]!).length <= 5 &&
    /^[\p{Lu}&\d]/u.test(m[3]!) &&
    (/^(?:by|von)$/i.test(m[2]!) || lookupBrand(m[3]!))
  )
    return { brand: canonical(m[3]!.trim()), name: m[1]!.replace(/,$/, '') };
  const parts = name.split(/,\s+/);
  if (parts.length > 1) {
    const last = parts[parts.length - 1]!;
    if (lookupBrand(last)) return { brand: canonical(last), name: parts.slice(0, -1).join(', ') };
  }
  const w = words(name);
  if (bold && bold[0] > 0 && bold[1] >= name.length - 1) {
    const b = name.slice(bold[0]).trim();
    if (words(b).length <= 4) return { brand: canonical(b), name: name.slice(0, bold[0]).replace(/[\s,:–—-]+$/, '') };
  }
  const gen = genitiveLead(w);
  if (gen) return gen;
  for (let k = 1; k <= 3 && k < w.length; k++) {
    const hit = lookupBrand(w.slice(-k).join(' '));
    if (hit && !hit.ambiguous)
      return {
        brand: hit.name,
        name: w
          .slice(0, -k)
          .join(' ')
          .replace(/[\s,:;–—-]+$/, ''),
      };
  }
  if (bold && bold[0] <= 1 && bold[1] < name.length - 1) {
    const b = name
      .slice(0, bold[1])
      .trim()
      .replace(/[,:–—-]$/, '')
      .trim();
    if (b && words(b).length <= 5)
      return { brand: canonical(b), name: name.slice(bold[1]).replace(/^[\s,:/|–—-]+/, '') };
  }
  m = FIELD_SEP.exec(name);
  if (m && properName(m[1]!) && !MODEL_CODE.test(m[3]!)) {
    // "Schuhe: Dr. Martens", "Coat: Whistles": after a colon, a lone item word names the piece, not the brand.
    const [, a, sep, b] = m as unknown as [string, string, string, string];
    // "Alternative: Samsung Galaxy Tab", "Upgrade pick: Dyson V15": a label that is no piece, then the maker's model.
    const lead = sep === ':' && !lookupBrand(a) && nounHits(a) === 0 ? matchBrandPrefix(b) : null;
    if (lead && !lead.ambiguous && lead.length < b.length) return splitBrand(b, null, url);
    const swap = sep === ':' && !lookupBrand(a) && (!!lookupBrand(b) || (words(a).length === 1 && properName(b, 3)));
    // "Shoes: Naya "Jada"": the quoted model names the piece.
    const q = sep === ':' && !lookupBrand(a) && words(a).length <= 2 ? quotedModel(b) : null;
    if (q) return { brand: canonical(q.brand), name: q.name };
    return swap ? { brand: canonical(b), name: a } : { brand: canonical(a), name: b };
  }
  // An everyday-word brand ("Mango", "Whistles") counts before a capitalised name or on a link to its own shop.
  const host = hostLabel((url && hostOf(url)) ?? '');
  const own = (b: string) => lowerAlnum(b).length >= 3 && host.startsWith(lowerAlnum(b).replace(/^the/, ''));
  const p = matchBrandPrefix(name);
  const after = p ? /^(?:['’]s)?\s+/.exec(name.slice(p.length)) : null;
  if (p && after) {
    const rest = name.slice(p.length + after[0].length).trim();
    // The maker as the page writes it ("M&S Pure Cotton Mac"), not the gazetteer's first spelling.
    if (rest && (!p.ambiguous || own(p.name) || /^[\p{Lu}\d'"]/u.test(rest)))
      return { brand: asWritten(p.name, name.slice(0, p.length)), name: rest };
  }
  // "The Whistles slip dress": a determiner before the brand.
  const det = /^(?:the|a|an|this|these|our|my|le|la|les|l'|un|une|der|die|das|ein|eine)\s+/i.exec(name);
  const q = det ? matchBrandPrefix(name.slice(det[0].length)) : null;
  if (q && (!q.ambiguous || own(q.name) || /^\S+\s+\p{Lu}/u.test(name.slice(det![0].length + q.length))))
    return { brand: q.name, name };
  // The shop's own name leading the product's: "Pajar Galaxy Boots" on pajar.com, "John Lewis Linen Trousers" on
  // johnlewis.com.
  for (let k = Math.min(3, w.length - 1); k >= 1; k--) {
    const head = w.slice(0, k).join(' ');
    if (properName(head) && own(head)) return { brand: canonical(head), name: w.slice(k).join(' ') };
  }
  // ...or ending it, as Brazilian and Spanish shops write them: "Vestido longo de linho Animale" on animale.com.br.
  for (let k = Math.min(3, w.length - 1); k >= 1; k--) {
    const tail = w.slice(-k).join(' ');
    if (properName(tail) && lowerAlnum(tail).length >= 4 && lowerAlnum(tail) === host)
      return { brand: canonical(tail), name: w.slice(0, -k).join(' ') };
  }
  const u = fromUrl(name, url);
  if (u) return { brand: canonical(u.brand!), name: u.name };
  // "Hanes Men's Beefy-T", "Amazon Essentials Women's Tee": the brand comes before the cut.
  m = /^((?:[\p{Lu}\d][\p{L}\d&'’.-]*\s+){1,3})(?=(?:Men|Women|Girl|Boy|Kid|Unisex|Baby)(?:['’]?s)?['’]?\s)/u.exec(
    name,
  );
  m ??= /^((?:[\p{Lu}\d][\p{Lu}\d&'.-]+\s+){1,3})(?=\p{Lu}?\p{Ll})/u.exec(name);
  if (m && /\p{L}{2}/u.test(m[1]!)) return { brand: canonical(m[1]!.trim()), name: name.slice(m[0].length) };
  const inside = findBrands(name).find((b) => !b.ambiguous || own(b.name));
  const written = inside ? name.slice(inside.start, inside.end) : '';
  if (inside) return { brand: NATIVE.test(written) ? written : inside.name, name };
  // "Roborock Q7 Max", "Garmin Forerunner 165": a maker word before a title-cased model with a number.
  const model = MODEL_NAME.exec(name);
  if (model && nounHits(model[1]!) === 0 && !/^(?:the|new|best|top|our|my|all)$/i.test(model[1]!))
    return { brand: model[1]!, name: model[2]! };
  return { brand: null, name };
}

/** A text that is a maker and nothing more: "Fendi", "Nike Sportswear", "adidas Originals". */
export function makerOnly(t: string): boolean {
  if (lookupBrand(t)) return true;
  const hit = matchBrandPrefix(t);
  const rest = hit ? t.slice(hit.length).trim() : '';
  return !!hit && !hit.ambiguous && words(rest).length <= 1 && /^\p{Lu}/u.test(rest) && nounHits(rest) === 0;
}
