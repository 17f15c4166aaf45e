import type { Candidate, Ctx, Line } from './context';
import { clusters } from './clusters';
import { clean } from './text';

/**
 * Words that label a price as one statistic of a survey rather than an offer: lowest, highest, average, the
 * spread between them, in the languages the detector reads ("Menor / Maior / Diferença", "niedrigster Preis",
 * "le moins cher", "lägsta pris", "najniższa cena"). Consumer news and agencies compare one named product's prices
 * across shops this way; no shop sells at "the lowest price found", so such a row is no mention.
 */
const SURVEY = new RegExp(
  String.raw`(?<![\p{L}\d])(?:` +
    String.raw`lowest|highest|cheapest|dearest|most expensive|average|median|minimum|maximum|min\.?|max\.?|` +
    String.raw`difference|spread|` +
    String.raw`menor|maior|mais barato|mais caro|médi[ao]|diferença|variação|` +
    String.raw`más barato|más caro|mínimo|máximo|promedio|diferencia|` +
    String.raw`moins cher|plus cher|moyen(?:ne)?|écart|différence|` +
    String.raw`niedrigste[rn]?|höchste[rn]?|günstigste[rn]?|teuerste[rn]?|durchschnitt\p{L}*|differenz|` +
    String.raw`più basso|più alto|più economico|più caro|differenza|` +
    String.raw`laagste|hoogste|gemiddeld\p{L}*|verschil|` +
    String.raw`lägsta|högsta|billigaste|dyraste|genomsnitt\p{L}*|skillnad|` +
    String.raw`laveste|højeste|høyeste|gennemsnit\p{L}*|gjennomsnitt\p{L}*|` +
    String.raw`najniższ[aey]|najwyższ[aey]|średni[aey]?|różnica|halvin|kallein|keskihinta` +
    String.raw`)(?![\p{L}\d])`,
  'giu',
);

const hits = (text: string): number => (text.match(SURVEY) ?? []).length;

// Per table, once per reading of a page: whether its head or caption labels columns as survey figures.
const HEADS = new WeakMap<Element, boolean>();

function surveyHead(t: Element): boolean {
  let v = HEADS.get(t);
  if (v === undefined) {
    // Cell by cell: a head row's text runs its cells together ("LowestHighest").
    const row = t.querySelector('thead tr') ?? t.querySelector('tr');
    const head = [t.querySelector('caption'), ...(row?.children ?? [])].map((e) => e?.textContent ?? '');
    v = hits(clean(head.join(' '))) >= 1;
    HEADS.set(t, v);
  }
  return v;
}

// Per reading of a page (its lines): the lines of each table cell.
const CELLS = new WeakMap<Ctx['lines'], Map<Element, Line[]>>();

function cellLines(ctx: Ctx): Map<Element, Line[]> {
  let m = CELLS.get(ctx.lines);
  if (!m) {
    m = new Map();
    for (const l of ctx.lines) {
      const cell = l.el.closest('td, th');
      if (cell) m.set(cell, [...(m.get(cell) ?? []), l]);
    }
    CELLS.set(ctx.lines, m);
  }
  return m;
}

/** A table row with two or more priced cells under survey column heads ("Lowest | Highest"). */
function surveyRow(ctx: Ctx, l: Line): boolean {
  const row = l.el.closest('tr');
  const t = row?.closest('table');
  if (!row || !t || !surveyHead(t)) return false;
  const m = cellLines(ctx);
  const priced = [...row.children].filter((cell) => (m.get(cell) ?? []).some((x) => clusters(ctx, x).length > 0));
  return priced.length >= 2;
}

/** A line giving two or more prices, each right after a survey label ("lowest €12, highest €19"). */
function surveyLine(ctx: Ctx, l: Line): boolean {
  if (l.text.length >= 400) return false;
  const labelled = clusters(ctx, l).filter((k) => hits(l.text.slice(Math.max(0, k.s - 24), k.s)) > 0);
  return labelled.length >= 2;
}

/**
 * Whether a candidate reads a price survey (a row or line comparing one product's lowest, highest or average
 * prices): such pages name products and prices without offering any, and must stay silent.
 */
export function priceSurvey(ctx: Ctx, c: Candidate): boolean {
  if (!c.price) return false;
  return [...new Set(c.claims.map((x) => x.i))].some((i) => {
    const l = ctx.lines[i];
    return !!l && (surveyRow(ctx, l) || surveyLine(ctx, l));
  });
}
