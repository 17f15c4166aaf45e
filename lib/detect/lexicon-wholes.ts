import { dataGeneration, gazetteerData, hasGazetteerData } from '../gazetteer/data-source';
import { alt, NEVER } from './lexicon-patterns';

/** Lexicon sections whose entries are matched as a whole text, never inside one: [nomaker], [old]. */
export type WholeSection = 'nomaker' | 'old';

let cache: { gen: number; bySection: Map<WholeSection, RegExp> } | null = null;

/**
 * A pattern matching a whole text that is one entry of `section` in any language, case-insensitively ("Vintage",
 * "last season"); matching nothing before gazetteer data is installed. Read from the same encoded lexicon as
 * ./lexicon, cached per data generation.
 */
export function wholeEntry(section: WholeSection): RegExp {
  if (!hasGazetteerData()) return NEVER;
  const gen = dataGeneration();
  if (cache?.gen !== gen) cache = { gen, bySection: new Map() };
  const known = cache.bySection.get(section);
  if (known) return known;
  const entries: string[] = [];
  for (const line of (gazetteerData().lexicon ?? '').split('\n')) {
    const [s, , entry] = line.split('|');
    if (s === section && entry) entries.push(entry);
  }
  const re = entries.length ? new RegExp(`^(?:${alt(entries)})$`, 'iu') : NEVER;
  cache.bySection.set(section, re);
  return re;
}
