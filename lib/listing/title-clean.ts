/**
 * Site boilerplate around a product title: marketplace labels ("Details about", "- show original
 * title"), bracketed promo prefixes ("[Time deal]", "【送料無料】"), a price or login note before the
 * name ("$60 · …"), and, across sources, a title that is another source's title plus extra words.
 */
import { readPrice } from '../price';
import { tokens } from './text';

/** Labels marketplaces put before the item's name, per language. */
const LEADING_LABELS = new RegExp(
  '^(?:details about|détails sur|dettagli su|details zu|detalles de|detalles sobre|detalhes sobre|details over|' +
    String.raw`szczegóły dotyczące|podrobnosti o)[\s\u00a0]+`,
  'iu',
);
/** Links to a translated title's original, glued to its end. */
const ORIGINAL_TITLE_LINKS = [
  'show original title|mostra il titolo originale|afficher le titre d.origine|originaltitel anzeigen',
  'ver (?:el )?título original|mostrar título original|toon oorspronkelijke titel|pokaż oryginalny tytuł',
];
const TRAILING_LABELS = new RegExp(String.raw`\s*[-–|]\s*(?:${ORIGINAL_TITLE_LINKS.join('|')})\s*$`, 'iu');
/**
 * A short square-bracketed prefix: a shop's promo or channel tag ("[Time deal]"), not the product's
 * name. Lenticular brackets stay: CJK shops put the maker or seller there ("【Maker】Name").
 */
const BRACKET_PREFIX = /^\s*[[［][^\]］]{1,30}[\]］]\s*/u;
/** Separators that set off a leading note such as a price ("$60 · Title"). */
const LEAD_SEPARATOR = /\s[·•|]\s/u;

/** A title without marketplace labels, promo brackets and a leading price note; null if nothing is left. */
export function cleanTitle(raw: string | null): string | null {
  if (!raw) return null;
  let t = raw.replace(/[\s\u00a0]+/g, ' ').trim();
  t = t.replace(LEADING_LABELS, '').replace(TRAILING_LABELS, '');
  const unbracketed = t.replace(BRACKET_PREFIX, '');
  if (unbracketed !== t && tokens(unbracketed).length >= 2) t = unbracketed;
  // "$60 · Title", "Log In needed $60 · Title": a short lead holding a price is not the name
  for (let i = 0; i < 2; i++) {
    const m = LEAD_SEPARATOR.exec(t);
    if (!m) break;
    const lead = t.slice(0, m.index);
    const rest = t.slice(m.index + m[0].length).trim();
    if (lead.split(' ').length > 5 || tokens(rest).length < 2) break;
    const p = readPrice(lead);
    if (p.amount === null || p.currency === null) break;
    t = rest;
  }
  return t.trim() || null;
}

const key = (s: string) => ' ' + tokens(s).join(' ') + ' ';

/**
 * The chosen title, or a shorter title another source gives that it wraps with extra words before it
 * ("Tickets X Streaming - City" around the heading "X"), or after it when those name the site
 * ("X - Buy Y Product on Shop.com" around "X"): the extra words are site boilerplate, where a colour
 * or size after the name is not. The shorter one must keep at least two words and a quarter of the
 * longer one's. `siteWords`: the shop's name as tokens (from its host).
 */
export function innermostTitle(chosen: string, others: string[], siteWords: string[]): string {
  const outer = key(chosen);
  const n = outer.trim().split(' ').length;
  let best: string | null = null;
  let bestLength = 0;
  for (const o of others) {
    const inner = key(o);
    const words = inner.trim().split(' ').length;
    if (words < 2 || words * 4 < n || inner.length >= outer.length) continue;
    const at = outer.indexOf(inner);
    if (at < 0) continue;
    const tail = outer
      .slice(at + inner.length)
      .trim()
      .split(' ');
    if (at === 0 && !tail.some((w) => siteWords.includes(w))) continue;
    if (inner.length > bestLength) [best, bestLength] = [o, inner.length];
  }
  return best ?? chosen;
}
