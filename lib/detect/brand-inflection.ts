import { lookupBrand } from '../gazetteer';
import type { Candidate } from './context';

/**
 * Case endings a maker's name takes in running text, by the page's language, as [ending, what it replaces]:
 * Polish declines foreign names ("płaszcz od Balenciagi", "sweter z Zary", "torebka Diora", "od Calvina Kleina",
 * "okulary Gucciego"), Finnish adds its genitive and ablative endings ("Kiomin takki", "H&M:n mekko", "Zaralta"),
 * the Nordic languages and German their genitive -s ("H&M:s", "The Ordinarys"). Longer endings first.
 */
const ENDINGS: Record<string, readonly (readonly [string, string])[]> = {
  pl: [
    ['iego', ''],
    ['ego', ''],
    ["'a", ''],
    ['-u', ''],
    ['rze', 'ra'],
    ['gi', 'ga'],
    ['ki', 'ka'],
    ['y', 'a'],
    ['a', ''],
    ['u', ''],
  ],
  fi: [
    [':n', ''],
    [':lta', ''],
    [':sta', ''],
    ['lta', ''],
    ['ltä', ''],
    ['in', ''],
    ['n', ''],
  ],
  sv: [
    [':s', ''],
    ["'s", ''],
    ['s', ''],
  ],
  da: [
    [':s', ''],
    ["'s", ''],
    ['s', ''],
  ],
  nb: [
    [':s', ''],
    ["'s", ''],
    ['s', ''],
  ],
  de: [
    ["'s", ''],
    ['s', ''],
  ],
};
ENDINGS.no = ENDINGS.nb!;
ENDINGS.nn = ENDINGS.nb!;

/** The forms a word may have had before its case ending, the word itself first. */
function bases(word: string, endings: readonly (readonly [string, string])[]): string[] {
  const out = [word];
  for (const [end, base] of endings) {
    // Three letters stay before the ending: "Zary" is Zara, "Ys" is no genitive.
    if (word.length - end.length >= 3 && word.toLowerCase().endsWith(end)) out.push(word.slice(0, -end.length) + base);
  }
  return out;
}

/**
 * The maker's name in its dictionary form when the page wrote it declined: "Balenciagi" → "Balenciaga", "Calvina
 * Kleina" → "Calvin Klein", "Kiomin" → "Kiomi" (when the gazetteer knows the label). A name the gazetteer knows as
 * written stays, as does one whose only reading is an everyday word's. `lang` is the page's `<html lang>`.
 */
export function uninflectedMaker(brand: string, lang: string): string {
  const endings = ENDINGS[lang.slice(0, 2).toLowerCase()];
  const ws = brand.trim().split(/\s+/);
  if (!endings || ws.length > 3 || lookupBrand(brand)) return brand;
  // Every word may be declined ("Calvina Kleina"); the last one always is when any is.
  let forms: string[][] = [[]];
  for (const w of ws) forms = forms.flatMap((f) => bases(w, endings).map((b) => [...f, b]));
  for (const f of forms.slice(1)) {
    const hit = lookupBrand(f.join(' '));
    if (hit && !hit.ambiguous) return hit.name;
  }
  return brand;
}

/** A candidate whose maker the page declined, with the maker in its dictionary form (./brand-inflection). */
export function withUninflectedMaker(c: Candidate, lang: string): Candidate {
  if (!c.brand) return c;
  const brand = uninflectedMaker(c.brand, lang);
  return brand === c.brand ? c : { ...c, brand };
}
