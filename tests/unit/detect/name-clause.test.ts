import { describe, expect, it } from 'vitest';
import { cutClause, quotedModel } from '@/lib/detect/name-clause';
import { setPageLanguage } from '@/lib/detect/lexicon';
import { makerInNamePlace } from '@/lib/detect/role-order';
import { isLabel, stripLabels } from '@/lib/detect/labels';

function cut(name: string, lang: string): string {
  setPageLanguage(lang);
  return cutClause(name, lang);
}

describe('names that run on into their clause', () => {
  it('cuts at the first finite verb of the page language after a product noun', () => {
    expect(cut('Kirkas keltainen takki tuo väriä harmaaseen päivään', 'fi')).toBe('Kirkas keltainen takki');
    expect(cut('La falda plisada queda genial con botas', 'es')).toBe('La falda plisada');
    expect(cut('Der Rucksack passt zu allem', 'de')).toBe('Der Rucksack');
    expect(cut('Kjolen passar till allt', 'sv')).toBe('Kjolen');
  });
  it('cuts before a comma that opens a subordinate clause', () => {
    expect(cut('A pair of wool socks, because cold toes ruin a walk', 'en')).toBe('A pair of wool socks');
  });
  it('keeps names with no verb, a verb before any piece, or a capitalised model word', () => {
    expect(cut('Vestido de lino con botones', 'es')).toBe('Vestido de lino con botones');
    expect(cut('Il blu notte sta bene a tutti', 'it')).toBe('Il blu notte sta bene a tutti');
    expect(cut('Everyday Tote Is Back', 'en')).toBe('Everyday Tote Is Back');
  });
});

describe('a quoted model after a lower-case piece', () => {
  it('takes the model and drops the piece and its maker', () => {
    expect(quotedModel('borsa a tracolla "Aurora" di Marellina', 'Marellina')).toBe('Aurora');
    expect(quotedModel('sac « Lune » de Maison Pivert', 'Maison Pivert')).toBe('Lune');
    expect(quotedModel('tote “Harbor”', null)).toBe('Harbor');
  });
  it('keeps a colourway after a capitalised model, and a maker that is not the brand', () => {
    expect(quotedModel('Runner 3 "Sea Salt"', 'Tidal')).toBe('Runner 3 "Sea Salt"');
    expect(quotedModel('sac "Lune" de Maison Pivert', 'Other Label')).toBe('sac "Lune" de Maison Pivert');
  });
});

describe('title fields in the wrong order', () => {
  it('reads the shop or a trading name in the name place as the maker', () => {
    expect(makerInNamePlace('Harbor Walker Mid', 'Pebble Shoes', 'Pebble Shoes')).toEqual([
      'Pebble Shoes',
      'Harbor Walker Mid',
    ]);
    expect(makerInNamePlace('Lily 40x50', 'Ostrander Designs', 'Some Shop')).toEqual([
      'Ostrander Designs',
      'Lily 40x50',
    ]);
  });
  it('leaves a known brand, and a name that is no shop and no trading name', () => {
    expect(makerInNamePlace('Nike', 'Air Zoom', 'Nike')).toBeNull();
    expect(makerInNamePlace('Harbor Walker', 'Blue Suede', 'Pebble Shoes')).toBeNull();
  });
});

describe('rank counters', () => {
  it('reads a Japanese rank and a bare slash counter as labels', () => {
    expect(isLabel('3位')).toBe(true);
    expect(isLabel('7/')).toBe(true);
    expect(stripLabels('3位 ナチュラル クリーム')).toBe('ナチュラル クリーム');
  });
  it("reads a rail's bare number as a label, not a maker, while longer numbers stay", () => {
    expect(isLabel('7')).toBe(true);
    expect(isLabel('12')).toBe(true);
    expect(isLabel('424')).toBe(false);
  });
});
