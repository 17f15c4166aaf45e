import { findBrands } from '../../gazetteer';
import type { Candidate, Ctx, Format, Line } from '../context';
import { nounHits } from '../lexicon';
import { clean, nameOk, words } from '../text';
import { record } from './brand-record';

/** A bullet or list number opening an entry: "+", "•", "–", "3.", "2)". */
const BULLET = /^(?:[\s+•*·▪►–—-]+|\d{1,2}[.)]\s+)/u;
/** Where an entry's lead sentence ends and its description begins: a full stop, a colon or a dash, then more text. */
const LEAD_END = /(?<!\b\p{Lu})(?:\.|:|\s[–—-])\s+(?=\S)/u;
/** Most words an entry's lead sentence holds: a maker and a product's name, nothing of a sentence. */
const MAX_LEAD = 9;
/** An entry needs this many like it on the page: a list of picks, not a sentence that opens on a maker. */
const MIN_ENTRIES = 2;

/** The maker and name of an entry's lead sentence, with where the sentence ends; null when it is no such lead. */
function readLead(line: Line): { brand: string; name: string; s: number; e: number; bold: boolean } | null {
  if (line.h || line.cap) return null;
  const text = line.text;
  const s = BULLET.exec(text)?.[0].length ?? 0;
  const end = LEAD_END.exec(text.slice(s));
  if (!end) return null;
  const e = s + end.index;
  const lead = text.slice(s, e);
  if (words(lead).length > MAX_LEAD || (line.pc ?? []).some((c) => c.s < e)) return null;
  const bold = line.bold.some(([bs, be]) => bs <= s + 1 && be >= e - 1);
  // The lead opens on a maker the gazetteer knows as one ("Everlane Waffle Knit Henleys."); a name that is also a
  // person's or an everyday word ("Jessica Simpson") only when the lead is set in bold as an entry's title.
  const maker = findBrands(lead).find((b) => b.start === 0 && (!b.ambiguous || bold));
  if (!maker) return null;
  const name = clean(lead.slice(maker.end).replace(/^['’]s\b/u, ''));
  // The rest names a product: a model's capitalised words or a product noun, never a clause ("Everlane is great").
  if (!name || !nameOk(name) || !(/^[\p{Lu}\d"“]/u.test(name) || nounHits(name) > 0)) return null;
  if (/^\p{Ll}/u.test(name) && words(name).length > 4) return null;
  return { brand: maker.name, name, s, e, bold };
}

/**
 * Gift-guide and favourites entries that open on a short sentence naming a maker and its product, then describe it
 * ("+Everlane Waffle Knit Henleys. I like to tuck a couple into his pile.", "Steve Madden Groom Sandal. So not a
 * pair I'd normally pick…"): the lead sentence is the product, without a price. Two such entries on a page at
 * least; the scorer decides (a bold lead is more evidence).
 */
export const leadSentence: Format = {
  id: 'anchor-lead',
  detect(ctx: Ctx) {
    const found: { line: Line; lead: NonNullable<ReturnType<typeof readLead>> }[] = [];
    for (const line of ctx.lines) {
      const lead = readLead(line);
      if (lead) found.push({ line, lead });
    }
    if (found.length < MIN_ENTRIES) return [];
    return found.map(({ line, lead }): Candidate => ({
      ...record(ctx, line, lead.brand, lead.name, null, 2 + (lead.bold ? 1 : 0), lead.s, lead.e),
      format: 'anchor-lead',
    }));
  },
};
