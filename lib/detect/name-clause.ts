import { nounHits } from './lexicon';
import { lowerAlnum, nameOk } from './text';
import { cutJapaneseClause, cutKoreanClause } from './cjk-clause';

/**
 * Finite verbs that follow a piece as the subject of a caption's or a paragraph's clause, per language (the
 * page's `<html lang>`): copulas, "looks", "fits", "comes", "brings". Only lower-case words count, and only
 * after a product noun, so a model's own words ("Keep Cup") never cut a name.
 */
const VERBS: Record<string, string> = {
  en: 'is are was were looks look fits fit goes comes has have had will would can could feels adds brings gives',
  de: 'ist sind war waren passt passen sieht sehen steht stehen hat haben wird werden macht gibt kommt kommen bringt',
  fr: 'est sont était étaient va vont vient viennent fait font a ont donne apporte reste sera semble habille',
  es: 'es son está están era queda quedan va van viene vienen tiene tienen hace hacen aporta será sienta sientan',
  it: 'è sono sta stanno era va vanno viene vengono ha hanno fa fanno dà regala sarà',
  pt: 'é são está estão era fica ficam vai vão vem tem têm faz dá',
  nl: 'is zijn was waren staat staan past passen ziet komt komen heeft hebben maakt geeft wordt',
  sv: 'är var passar ser står har kommer kommit kom finns blir gör ger',
  da: 'er var passer ser står har kommer kom findes bliver gør giver',
  nb: 'er var passer ser står har kommer kom finnes blir gjør gir',
  fi: 'on ovat oli olivat näyttää näyttävät sopii sopivat tuo tuovat tekee antaa käy',
  pl: 'jest są był była było będzie wygląda pasuje ma mają daje',
};
const VERB_SETS = new Map(Object.entries(VERBS).map(([k, v]) => [k, new Set(v.split(' '))]));
VERB_SETS.set('no', VERB_SETS.get('nb')!);
VERB_SETS.set('nn', VERB_SETS.get('nb')!);

/** A comma and a word that opens a subordinate clause: ", because one always goes missing", ", weil sie…". */
const SUBCLAUSE = new RegExp(
  String.raw`,\s+(?:because|which|who|so|while|since|weil|denn|obwohl|parce|car|qui|perché|poiché|porque|` +
    String.raw`eftersom|fordi|koska|joka|jotka|omdat|bo|ponieważ)\s`,
  'iu',
);

/** Words of a name, with where each starts. */
const wordsAt = (s: string) => [...s.matchAll(/[^\s]+/gu)].map((m) => ({ w: m[0], at: m.index }));

/**
 * The piece at the head of a name that runs on into its clause: "Hempeä vaaleanpunainen bomber näyttää hyvältä
 * keväthangilla" → "Hempeä vaaleanpunainen bomber", "chaqueta está disponible" → "chaqueta", "A set of knit
 * beanies, because one always goes missing." → "A set of knit beanies". The cut is at the first finite verb of
 * the page's language (or a comma before a subordinate clause) after a product noun; other names are kept.
 */
export function cutClause(name: string, lang: string): string {
  // Korean and Japanese mark their clauses with particles glued to the words, not with verbs after a space.
  if (/^ko/i.test(lang)) return cutKoreanClause(name);
  if (/^ja/i.test(lang)) return cutJapaneseClause(name);
  const sub = SUBCLAUSE.exec(name);
  let head = sub && sub.index > 0 ? name.slice(0, sub.index) : name;
  const verbs = VERB_SETS.get(lang.slice(0, 2).toLowerCase()) ?? (lang ? undefined : VERB_SETS.get('en'));
  const ws = wordsAt(head);
  if (verbs)
    for (let k = 1; k < ws.length; k++) {
      if (!verbs.has(ws[k]!.w.replace(/[.,;:!?]+$/, ''))) continue;
      head = head.slice(0, ws[k]!.at);
      break;
    }
  head = head.replace(/[\s,;:–—-]+$/, '');
  if (head === name || nounHits(head) === 0 || !nameOk(head, 8)) return name;
  return head;
}

/** Words that open a maker after the model: "di Michael Kors", "by Acne Studios", "von Hugo Boss". */
const OF_MAKER = String.raw`(?:di|de|del|della|by|von|van|from|da|af|från|fra|d')`;
/** A lower-case piece, a quoted model and perhaps its maker: `secchiello "Greenwich" di Michael Kors`. */
const QUOTED_MODEL = new RegExp(
  String.raw`^(?:\p{Ll}[\p{L}'’-]*\s+){1,4}["“„«‹‘']\s?([\p{Lu}\d][^"“”„«»‹›]{1,39}?)\s?["”“»›’']` +
    String.raw`(?:\s+${OF_MAKER}\s*(.+))?$`,
  'u',
);

/**
 * The quoted model of a piece named in prose: `secchiello "Greenwich" di Michael Kors` → "Greenwich". The
 * labelling rules name the product by its model; the lower-case piece before it is the page's description.
 * A quote after a capitalised model (`Air Jordan 1 "Smoke Grey"`) is its colourway and stays with it, and a
 * maker after the quote other than the candidate's brand keeps the name whole.
 */
export function quotedModel(name: string, brand: string | null): string {
  const m = QUOTED_MODEL.exec(name.trim());
  if (!m) return name;
  if (m[2] && (!brand || !lowerAlnum(m[2]).startsWith(lowerAlnum(brand)))) return name;
  return m[1]!.trim();
}
