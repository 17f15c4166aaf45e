import type { Ctx } from './context';

/**
 * Names of the page-cue features, in order (appended to ./feature-names via ./late-features): how much of the page
 * speaks of a safety recall, and how much of a piece nobody can buy yet. Both kinds of page name products with
 * their maker ("BrandPro Mighty Mini, models BAB052", `Brand Model "Colourway"`) exactly as a shopping list does;
 * only the words around them tell that there is nothing to buy. The trained scorer weighs the counts.
 */
export const PAGE_CUE_NAMES: readonly string[] = [
  'page-recall-lines',
  'page-recall-headline',
  'page-unreleased-lines',
  'page-unreleased-headline',
];

// A safety recall: the word itself, the hazard, the units sold, the style or model numbers, the refund.
const RECALL = new RegExp(
  String.raw`(?<![\p{L}])(?:` +
    String.raw`(?<!\bi )recall(?:s|ed|ing)?|hazards?|injur(?:y|ies)|safety commission|units sold|stop using|` +
    String.raw`free replacement|(?:model|style|lot) numbers|` +
    String.raw`rückruf\p{L}*|zurückgerufen|verletzungsgefahr|verletzung\p{L}*|nicht mehr (?:verwenden|benutzen)|` +
    String.raw`rappel(?:s|ée?s?)? (?:conso|de produits?|volontaire)|produits? rappelés?|` +
    String.raw`risque de blessure|blessures?|` +
    String.raw`retirada del mercado|retira(?:n|do)? del mercado|riesgo de|lesion(?:es)?|` +
    String.raw`richiam(?:o|i|ato|ata|ati) (?:di|del|dal|volontari\p{L}*)|richiamat\p{L}+|rischio di|lesioni|` +
    String.raw`återkall\p{L}*|skaderisk|tilbagekald\p{L}*|tilbakekall\p{L}*|takaisinveto\p{L}*|` +
    String.raw`terugroep\p{L}*|teruggeroepen|letsel|wycofan\p{L}*|wycofuje|` +
    String.raw`recolhid\p{L}*|recolhimento` +
    String.raw`)(?![\p{L}])|リコール|自主回収|리콜`,
  'iu',
);

// A piece shown before any sale: no release date yet, a concept, a sample, leaked first pictures.
const UNRELEASED = new RegExp(
  String.raw`(?<![\p{L}])(?:` +
    String.raw`no release date|release date (?:is )?(?:still )?(?:unknown|tba|tbc|tbd)|not (?:yet )?(?:been )?` +
    String.raw`(?:confirmed|announced|released)|yet to be (?:confirmed|announced|released)|unreleased|` +
    String.raw`first look|first images|leaked|rumou?red|concept(?! stores?)|prototype|sample pair|mock-?up|` +
    String.raw`noch kein (?:releasedatum|erscheinungsdatum)|noch nicht (?:bekannt|bestätigt|erschienen)|erste bilder|` +
    String.raw`pas encore (?:de date|connue?|confirmée?|sortie?)|date de sortie (?:inconnue|non)|premières images|` +
    String.raw`aún no (?:tiene|se sabe|hay)|sin fecha de lanzamiento|primeras imágenes|filtrad\p{L}+|` +
    String.raw`non (?:ancora|è ancora) (?:nota|noto|uscit\p{L}|confermat\p{L})|prime immagini|` +
    String.raw`nog niet (?:bekend|bevestigd|uit)|eerste foto\p{L}*|gelekte|` +
    String.raw`inget släppdatum|ännu inte (?:släppt|bekräftat)|första bilderna|läckta|` +
    String.raw`ikke (?:kendt|kjent) endnu|første billeder|` +
    String.raw`brak daty premiery|jeszcze nie` +
    String.raw`)(?![\p{L}])|発売日未定|発売未定|未発表|출시일 미정`,
  'iu',
);

const SEEN = new WeakMap<Document, number[]>();

/** Lines holding a cue, on a log scale: one line is a hint, a paragraph of them is the page's subject. */
const scale = (n: number) => Math.log1p(Math.min(n, 12)) / 2;

/** The page-cue features of a page (the same for every candidate on it), in the order of PAGE_CUE_NAMES. */
export function pageCues(ctx: Ctx): number[] {
  let v = SEEN.get(ctx.doc);
  if (v) return v;
  let recall = 0;
  let unreleased = 0;
  for (const l of ctx.lines) {
    const t = l.text.length > 2000 ? l.text.slice(0, 2000) : l.text;
    if (RECALL.test(t)) recall++;
    if (UNRELEASED.test(t)) unreleased++;
  }
  const head = `${ctx.doc.title ?? ''} ${ctx.doc.querySelector('h1')?.textContent ?? ''}`.slice(0, 600);
  v = [scale(recall), RECALL.test(head) ? 1 : 0, scale(unreleased), UNRELEASED.test(head) ? 1 : 0];
  SEEN.set(ctx.doc, v);
  return v;
}

/** Whether a text speaks of a safety recall (exported for tests). */
export const saysRecall = (text: string): boolean => RECALL.test(text);

/** Whether a text speaks of a piece that is not on sale yet (exported for tests). */
export const saysUnreleased = (text: string): boolean => UNRELEASED.test(text);
