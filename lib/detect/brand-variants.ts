import { findBrands, lookupBrand } from '../gazetteer';
import type { Candidate } from './context';
import { canonical } from './brand';
import { isColourWord } from './colour-words';
import { lexicon, nounHits } from './lexicon';
import { lowerAlnum, nameOk, words } from './text';
import { destination, hostLabel, hostOf } from './retailer';

/** Which reading of the maker a variant candidate takes (a feature of its own for the scorer). */
export type BrandAlt = NonNullable<Candidate['alt']>;

/** A capitalised word as makers are written: "Bagsmart", "No7", "B-Young", "L'Oréal", or a joining sign ("&", "+"). */
const CAP = /^(?:[\p{Lu}\d][\p{L}\d&'’.+-]*|&|\+|x|×)$/u;
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

/** Signs that join two makers' words into one trading name or a collaboration: "Ollie & Nic", "Nip + Fab", "A x B". */
const JOINER = /^(?:&|\+|x|×)$/u;

const plain = (w: string) => w.replace(/^[("“'‘«]+|[)"”'’»,:;.!?]+$/gu, '');

function makerOk(ws: string[]): boolean {
  const lex = lexicon();
  if (!ws.length || ws.some((w) => !CAP.test(w))) return false;
  const first = ws[0]!;
  const last = ws[ws.length - 1]!;
  if (JOINER.test(first) || JOINER.test(last)) return false;
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
  // A slash left by a credit's maker read off its end ("シャツ / COOHEM") belongs to neither.
  const n = name.replace(/^[\s,;:|／｜：/–—-]+|[\s,;:|／｜：/–—-]+$/gu, '').replace(/\s*\([^)]*$/, '');
  const open = (n.match(/\(/g) ?? []).length;
  if (open !== (n.match(/\)/g) ?? []).length || !nameOk(n) || !/\p{L}{3}/u.test(n)) return null;
  const ws = words(n);
  if (OPENER.test(ws[0]!.replace(/[^\p{L}]/gu, ''))) return null;
  // "& Nic make-up bag": a joining sign opening the rest belongs to the maker cut short before it.
  if (JOINER.test(ws[0]!)) return null;
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
  // A colour opening the name describes the piece ("Purple Tea for One mug", "Yellow Puffer").
  if (makerOk(bare.slice(0, 1)) && !isColourWord(bare[0]!)) push(bare.slice(0, 1), w.slice(1).join(' '), 'lead');
  // Two words lead only when written apart from the name: in capitals, known, or before a quote or a lower-case noun.
  const two = bare.slice(0, 2);
  const apart =
    two.every((x) => x === x.toUpperCase()) || !!lookupBrand(two.join(' ')) || /^[\p{Ll}"“‘'«]/u.test(w[2] ?? '');
  if (w.length > 2 && apart && makerOk(two)) push(two, w.slice(2).join(' '), 'lead');
  // A trading name or a collaboration joined by a sign ("Ollie & Nic make-up bag", "Nip + Fab Glycolic Fix Scrub",
  // "Salehe Bembury x Crocs Pollex"): the sign binds the word after it to the maker, not to the name.
  const join = bare.slice(1, 3).findIndex((x) => JOINER.test(x)) + 1;
  if (join > 0 && w.length > join + 2 && makerOk(bare.slice(0, join + 2)))
    push(bare.slice(0, join + 2), w.slice(join + 2).join(' '), 'lead');
  // The words the link's own address spells ("Tara Starlet Loves Army Jacket" on tarastarlet.com): the maker's
  // shop names where the maker ends even when the name that follows is in title case too.
  const host = c.url ? hostLabel(hostOf(destination(c.url)) ?? '') : '';
  for (let k = 3; k >= 2 && host.length >= 5; k--) {
    const ws = bare.slice(0, k);
    if (w.length > k && lowerAlnum(ws.join('')) === host && makerOk(ws)) {
      push(ws, w.slice(k).join(' '), 'lead');
      break;
    }
  }
  // The maker closing the name, before a model code when there is one.
  const end = w.length > 2 && CODE.test(bare[w.length - 1]!) ? w.length - 1 : w.length;
  for (let k = 1; k <= 3 && k < end; k++) {
    const ws = bare.slice(end - k, end);
    if (!makerOk(ws)) continue;
    const head = w.slice(0, end - k);
    // "Trencz The Mannei": a capital "The" inside the name opens the maker's own name, never ends the piece.
    const the = head.length > 1 && plain(head[head.length - 1]!) === 'The';
    if (the) head.pop();
    if (head.length > 1 && OF.test(plain(head[head.length - 1]!))) head.pop();
    push(the ? ['The', ...ws] : ws, [...head, ...w.slice(end)].join(' '), 'tail');
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
