import { describe, expect, it } from 'vitest';
import { CTA, CTA_ANYWHERE } from '@/lib/detect/cta';

/** CTA's words, grouped by first letter as CTA_ANYWHERE writes them out (a word led by a class is kept whole). */
function byFirstLetter(words: string): string {
  const tops: string[] = [];
  let depth = 0;
  let from = 0;
  for (let k = 0; k < words.length; k++) {
    if (words[k] === '(') depth++;
    else if (words[k] === ')') depth--;
    else if (words[k] === '|' && depth === 0) {
      tops.push(words.slice(from, k));
      from = k + 1;
    }
  }
  tops.push(words.slice(from));
  const groups = new Map<string, string[]>();
  for (const w of tops) groups.set(w[0]!, [...(groups.get(w[0]!) ?? []), w.slice(1)]);
  return [...groups].map(([head, tails]) => `${head}(?:${tails.join('|')})`).join('|');
}

describe('call-to-action words anywhere in a page (the pre-check)', () => {
  it('holds the same words as the labels test, grouped by first letter', () => {
    const words = CTA.source.slice('^(?:'.length, -')\\b'.length);
    expect(CTA_ANYWHERE.source).toBe(byFirstLetter(words));
  });
  it('finds every label a buy button may start with, inside running text', () => {
    const labels = ['Shop now', 'Buy it here', 'Get yours', 'Check price', 'Voir sur le site', 'Zum Shop', 'Cómpralo'];
    for (const label of [...labels, 'Consíguelo ya', 'Jetzt kaufen', 'Kupuj teraz', 'Découvrir']) {
      expect(CTA.test(label)).toBe(true);
      expect(CTA_ANYWHERE.test(`a long day, then ${label.toLowerCase()} and more`)).toBe(true);
    }
  });
  it('finds none in text without them', () => {
    expect(CTA_ANYWHERE.test('the river was high after a week of rain; we walked the long way round')).toBe(false);
  });
});
