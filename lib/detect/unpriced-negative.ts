import { dataGeneration, gazetteerData, hasGazetteerData } from '../gazetteer/data-source';
import { NEVER, negativePattern } from './lexicon-patterns';

let cache: { gen: number; re: RegExp } | null = null;

/**
 * The [negative] words of every language without the [localnegative] ones (../lexicon adds those on a page in their
 * language), for prose that names no price: there "fell", "fine" and "rose" are everyday words ("fell into my
 * basket", "a very fine herringbone"), not a market's.
 */
export function unpricedNegative(): RegExp {
  if (!hasGazetteerData()) return NEVER;
  const gen = dataGeneration();
  if (cache?.gen === gen) return cache.re;
  const words = (gazetteerData().lexicon ?? '')
    .split('\n')
    .map((line) => line.split('|'))
    .filter(([section, , entry]) => section === 'negative' && !!entry)
    .map(([, , entry]) => entry!);
  cache = { gen, re: negativePattern(words) };
  return cache.re;
}
