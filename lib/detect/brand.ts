import { findBrands, lookupBrand, matchBrandPrefix } from '../gazetteer';
import { fold, properName, words } from './text';

export interface Split {
  brand: string | null;
  name: string;
}

const canonical = (b: string): string => lookupBrand(b)?.name ?? b;
const slug = (s: string): string =>
  s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

const GENERIC = /^(?:women|womens|men|mens|kids|shop|store|product|products|p|sale|new|en|us|uk|clothing|shoes|bags|accessories|home|the)$/;

function fromUrl(name: string, url: string | null | undefined): Split | null {
  if (!url) return null;
  let segs: string[];
  try {
    segs = new URL(url).pathname.toLowerCase().split('/');
  } catch {
    return null;
  }
  const w = words(name);
  for (let k = Math.min(4, w.length - 1); k >= 1; k--) {
    const head = w.slice(0, k).join(' ');
    const sl = slug(head);
    if (sl.length > 2 && !GENERIC.test(sl) && segs.includes(sl)) return { brand: head, name: w.slice(k).join(' ') };
  }
  return null;
}

/**
 * Separates the brand from a product name: "Name by Brand", "Name, Brand", a bold lead,
 * "Brand / Name", a gazetteer brand at the start, a brand segment in the product URL, a
 * capitalised lead ("RIXO Satin Dress"), or a known brand inside a descriptive title.
 * `bold` is a <strong>/<b> run within the name: at its start or its end it is the brand.
 */
export function splitBrand(text: string, bold?: [number, number] | null, url?: string | null): Split {
  const name = text.trim();
  let m = /^(.*\S),?\s+(?:by|von)\s+([^,]+)$/i.exec(name);
  if (m && words(m[2]!).length <= 5 && /^[\p{Lu}&\d]/u.test(m[2]!)) return { brand: canonical(m[2]!.trim()), name: m[1]!.replace(/,$/, '') };
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
  for (let k = 1; k <= 3 && k < w.length; k++) {
    const hit = lookupBrand(w.slice(-k).join(' '));
    if (hit && !hit.ambiguous) return { brand: hit.name, name: w.slice(0, -k).join(' ') };
  }
  if (bold && bold[0] <= 1 && bold[1] < name.length - 1) {
    const b = name.slice(0, bold[1]).trim().replace(/[,:–—-]$/, '').trim();
    if (b && words(b).length <= 5) return { brand: canonical(b), name: name.slice(bold[1]).replace(/^[\s,:/|–—-]+/, '') };
  }
  m = /^([^/|:–—]{2,40}?)\s*(?:\/|\||:|–|—|\s-\s)\s*(.{2,})$/.exec(name);
  if (m && properName(m[1]!)) return { brand: canonical(m[1]!), name: m[2]! };
  // An everyday-word brand ("Mango", "Whistles") counts before a capitalised name or on a link to its own shop.
  const host = url ? (/^https?:\/\/(?:www\.|shop\.)?([^/.]+)/i.exec(url)?.[1] ?? '') : '';
  const own = (b: string) => fold(host).startsWith(fold(b));
  const p = matchBrandPrefix(name);
  const after = p ? /^(?:['’]s)?\s+/.exec(name.slice(p.length)) : null;
  if (p && after) {
    const rest = name.slice(p.length + after[0].length).trim();
    if (rest && (!p.ambiguous || own(p.name) || /^[\p{Lu}\d'"]/u.test(rest))) return { brand: p.name, name: rest };
  }
  // "The Whistles slip dress": a determiner before the brand.
  const det = /^(?:the|a|an|this|these|our|my|le|la|les|l'|un|une|der|die|das|ein|eine)\s+/i.exec(name);
  const q = det ? matchBrandPrefix(name.slice(det[0].length)) : null;
  if (q && (!q.ambiguous || own(q.name))) return { brand: q.name, name };
  const u = fromUrl(name, url);
  if (u) return { brand: canonical(u.brand!), name: u.name };
  m = /^((?:[\p{Lu}\d][\p{Lu}\d&'.-]+\s+){1,3})(?=\p{Lu}?\p{Ll})/u.exec(name);
  if (m) return { brand: canonical(m[1]!.trim()), name: name.slice(m[0].length) };
  const inside = findBrands(name).find((b) => !b.ambiguous || own(b.name));
  return { brand: inside ? inside.name : null, name };
}
