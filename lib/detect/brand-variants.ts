import { findBrands, lookupBrand } from '../gazetteer';
import type { Candidate } from './context';
import { canonical } from './brand';
import { lexicon, nounHits } from './lexicon';
import { nameOk, words } from './text';

/** Which reading of the maker a variant candidate takes (a feature of its own for the scorer). */
export type BrandAlt = NonNullable<Candidate['alt']>;

/** A capitalised word as makers are written: "Bagsmart", "No7", "B-Young", "L'Oréal", "&". */
const CAP = /^(?:[\p{Lu}\d][\p{L}\d&'’.+-]*|&|x)$/u;
/** A model or article code closing a shop's title: "POWXG4037", "CPH426", "17952". */
const CODE = /^(?=[\p{L}\d-]*\d)[\p{Lu}\d-]{4,}$/u;
/** Function words that open a clause, never a maker. */
const OPENER = new RegExp(
  String.raw`^(?:the|a|an|and|or|but|this|that|these|those|our|my|your|his|her|its|their|we|i|you|it|get|buy|` +
    String.raw`shop|keep|try|new|best|top|price|sale|now|was|le|la|les|un|une|der|die|das|ein|eine|el|los|il|lo|` +
    String.raw`de|del|di|da|van|von|för|och|med|en|et|und|y|e|o|for|with|from|by|at|in|on|to|of)$`,
  'i',
);
/** Words that hand the maker over after the product: "Botas de Cuadra", "vase from Skruf", "Jacke von Mango". */
const OF = /^(?:by|from|de|di|da|del|van|von|fra|från|af|chez|bei|at|via)$/i;

/**
 * A maker handed over after the piece by a preposition or a comma, with the small words trading names hold:
 * "skirt by Engelic School Uniforms, New York", "trui 'Pablo' van Survival of the Fashionest", "vase from Skruf's
 * glassworks", "Gold hoop earrings, Arms of Eve". Groups: the piece, the maker.
 */
const HANDED = new RegExp(
  String.raw`^(.*?\p{L}.*?)(?:,\s*|\s+(?:by|from|van|von|de|di|da|fra|från|af|chez)\s+)` +
    String.raw`(\p{Lu}[\p{L}\d&'’.+-]*(?:\s+(?:of|the|de|du|des|la|le|and|&|et|und|\p{Lu}[\p{L}\d&'’.+-]*)){0,4}?)` +
    String.raw`(?:['’]s\s+\p{Ll}+)?(?:,\s*[^,]{2,30})?$`,
  'u',
);

const plain = (w: string) => w.replace(/^[("“'‘«]+|[)"”'’»,:;.!?]+$/gu, '');

function makerOk(ws: string[]): boolean {
  const lex = lexicon();
  if (!ws.length || ws.some((w) => !CAP.test(w))) return false;
  const first = ws[0]!;
  const last = ws[ws.length - 1]!;
  if (first === '&' || first === 'x' || last === '&' || last === 'x') return false;
  if (ws.some((w) => OPENER.test(w) || lex.nouns.has(w.toLowerCase()))) return false;
  if (lex.label.test(ws.join(' '))) return false;
  return /\p{L}{2}/u.test(ws.join(''));
}

/** A maker as written, or the gazetteer's spelling; a Nordic genitive ("Byredos") drops its -s when known. */
function makerName(ws: string[]): string {
  const t = ws.join(' ').replace(/['’]s$/u, '');
  if (lookupBrand(t)) return canonical(t);
  if (/\p{Ll}s$/u.test(t) && lookupBrand(t.slice(0, -1))) return canonical(t.slice(0, -1));
  return t;
}

/** A name left after the maker is taken out: a product phrase, not a fragment ("of 4)", "(prezzo", "Studios"). */
function nameLeft(name: string): string | null {
  const n = name.replace(/^[\s,;:|–—-]+|[\s,;:|–—-]+$/g, '').replace(/\s*\([^)]*$/, '');
  const open = (n.match(/\(/g) ?? []).length;
  if (open !== (n.match(/\)/g) ?? []).length || !nameOk(n) || !/\p{L}{3}/u.test(n)) return null;
  const ws = words(n);
  if (OPENER.test(ws[0]!.replace(/[^\p{L}]/gu, ''))) return null;
  // One title-case word that names no product ("Copenhagen Studios") is the maker's own second word.
  return ws.length === 1 && /^\p{Lu}\p{Ll}+$/u.test(n) && !lexicon().nouns.has(n.toLowerCase()) ? null : n;
}

/**
 * Other readings of the maker for a priced candidate whose roles found none: a brand the gazetteer
 * does not know is still written as the capitalised word or two leading the name ("Bagsmart Toiletry
 * Bag"), closing it as shops title products ("Borsa intrecciata Mango", "… PowerPlus POWXG4050", "Botas
 * vaqueras de Cuadra"), handed over after the piece with a trading name's small words ("Gold hoop earrings, Arms
 * of Eve"), or a known maker inside a phrase ("a Nintendo Switch gaming console"). Each
 * reading is its own candidate over the same text, so it competes with the brandless one: the scorer
 * (with the reading as a feature) decides, not a rule.
 */
export function brandVariants(c: Candidate): Candidate[] {
  if (c.brand || !c.price) return [];
  const w = words(c.name);
  if (w.length < 2 || w.length > 14) return [];
  const bare = w.map(plain);
  const out: Candidate[] = [];
  const seen = new Set<string>();
  const push = (ws: string[], text: string, alt: BrandAlt) => {
    const brand = makerName(ws);
    const name = nameLeft(text);
    // An everyday-word maker ("Hay", "Mango") leading a phrase is the roles' call (./brand); closing a title it is not.
    const everyday = alt !== 'tail' && !!lookupBrand(brand)?.ambiguous;
    if (!seen.has(brand.toLowerCase()) && name && !everyday) {
      seen.add(brand.toLowerCase());
      out.push({ ...c, brand, name, alt });
    }
  };
  if (makerOk(bare.slice(0, 1))) push(bare.slice(0, 1), w.slice(1).join(' '), 'lead');
  // Two words lead only when written apart from the name: in capitals, known, or before a quote or a lower-case noun.
  const two = bare.slice(0, 2);
  const apart =
    two.every((x) => x === x.toUpperCase()) || !!lookupBrand(two.join(' ')) || /^[\p{Ll}"“‘'«]/u.test(w[2] ?? '');
  if (w.length > 2 && apart && makerOk(two)) push(two, w.slice(2).join(' '), 'lead');
  // The maker closing the name, before a model code when there is one.
  const end = w.length > 2 && CODE.test(bare[w.length - 1]!) ? w.length - 1 : w.length;
  for (let k = 1; k <= 3 && k < end; k++) {
    const ws = bare.slice(end - k, end);
    if (!makerOk(ws)) continue;
    const head = w.slice(0, end - k);
    if (head.length > 1 && OF.test(plain(head[head.length - 1]!))) head.pop();
    push(ws, [...head, ...w.slice(end)].join(' '), 'tail');
  }
  const handed = HANDED.exec(c.name.trim());
  if (handed && nounHits(handed[1]!) > 0 && !/\s(?:of|the|de|du|des|la|le|and|&|et|und)$/iu.test(handed[2]!)) {
    const ws = words(handed[2]!);
    if (ws.length > 1 || makerOk(ws)) push(ws, handed[1]!, 'tail');
  }
  for (const b of findBrands(c.name)) {
    if (b.ambiguous || b.start === 0 || b.end >= c.name.length - 1) continue;
    push([b.name], c.name.slice(b.end), 'inside');
  }
  return out;
}
