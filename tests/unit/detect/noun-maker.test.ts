import { describe, expect, it } from 'vitest';
import { nounMaker } from '@/lib/detect/anchors/noun-maker';
import { lineCtx } from './helpers';

const read = (body: string, lang: string) => nounMaker.detect(lineCtx(body, lang)).map((c) => [c.brand, c.name]);

describe('a maker closing a piece’s phrase with no preposition (French, Italian, Spanish, Portuguese)', () => {
  it('reads the noun with its adjectives and small phrases of material up to the maker, in the writer’s voice', () => {
    expect(read('<p>Ce soir je porte un pull en laine grise Sandro et des bottines vernies Lanvin.</p>', 'fr')).toEqual(
      [
        ['Sandro', 'pull en laine grise'],
        ['Lanvin', 'bottines vernies'],
      ],
    );
    expect(read('<p>Oggi ho messo una giacca Tommy Hilfiger con un pantalone chino Wrangler.</p>', 'it')).toEqual([
      ['Tommy Hilfiger', 'giacca'],
      ['Wrangler', 'pantalone chino'],
    ]);
  });

  it('reads a maker the gazetteer does not know after a lower-case noun, but not a model before "de"', () => {
    expect(read('<p>Mon cadeau préféré : une écharpe en mohair Maison Brume.</p>', 'fr')).toEqual([
      ['Maison Brume', 'écharpe en mohair'],
    ]);
    expect(read('<p>Je rêve du sac Solène de Lanvin.</p>', 'fr')).toEqual([]);
  });

  it('reads a list of credits without a first-person word, not one pair alone in a report', () => {
    expect(read('<p>Abito e cappa Miu Miu, occhiali Geox.</p>', 'it')).toEqual([
      ['Miu Miu', 'Abito e cappa'],
      ['Geox', 'occhiali'],
    ]);
    expect(read('<p>In sella c’è la modella: felpa grigia, sneakers Geox e una borsa a tracolla.</p>', 'it')).toEqual(
      [],
    );
  });

  it('reads nothing on pages in languages that put the maker before the noun', () => {
    expect(read('<p>I wore my jacket Tommy Hilfiger bought for me.</p>', 'en')).toEqual([]);
  });
});
