import type { SourceFile } from './parse-sources';

const SECTIONS = new Set([
  'nouns',
  'compounds',
  'shop',
  'buy',
  'labels',
  'negative',
  'localnegative',
  'stopwords',
  'prices',
  'used',
  'nomaker',
  'old',
  'sizes',
  'nav',
  'endings',
]);
/**
 * Sections that list single words (or endings), several to a line; "_" joins the words of a multi-word noun
 * ("sac_à_dos").
 */
const WORD_SECTIONS = new Set(['nouns', 'compounds', 'stopwords', 'endings']);

/**
 * Encodes the lexicon files (data/lexicon/LANG.txt) as "section|lang|entry" lines, sorted and
 * deduplicated so the output is deterministic. In [nouns], [compounds] and [stopwords] every space-separated word
 * is an entry ("_" stands for a space inside one: "sac_à_dos" is the entry "sac à dos"); elsewhere every line is
 * one (multi-word) entry. Throws with file:line on an unknown section.
 */
export function encodeLexicon(files: SourceFile[]): string {
  const out = new Set<string>();
  for (const f of files) {
    const lang = /([a-z]{2})\.txt$/.exec(f.path)?.[1];
    if (!lang) throw new Error(`${f.path}: lexicon files are named LANG.txt`);
    let section = '';
    f.text.split('\n').forEach((raw, k) => {
      const line = raw.replace(/#.*/, '').trim().toLowerCase();
      if (!line) return;
      const head = /^\[([a-z]+)\]$/.exec(line);
      if (head) {
        if (!SECTIONS.has(head[1]!)) throw new Error(`${f.path}:${k + 1}: unknown section [${head[1]}]`);
        section = head[1]!;
        return;
      }
      if (!section) throw new Error(`${f.path}:${k + 1}: entry before any [section]`);
      const entries = WORD_SECTIONS.has(section)
        ? line.split(/\s+/).map((w) => w.replace(/_/g, ' '))
        : [line.replace(/\s+/g, ' ')];
      for (const e of entries) if (!e.includes('|')) out.add(`${section}|${lang}|${e}`);
    });
  }
  return [...out].sort().join('\n');
}
