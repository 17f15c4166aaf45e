import { describe, expect, it } from 'vitest';
import { BRAND_DATA } from '@/lib/gazetteer/generated/content-data';
import { nameKey, tokenize } from '@/lib/gazetteer/normalize';

describe('nameKey', () => {
  it('gives plain ASCII names the same key as the tokenizer (its shortcut changes no key)', () => {
    const viaTokens = (n: string) =>
      tokenize(n)
        .map((t) => t.key)
        .join(' ');
    const names = BRAND_DATA.split('\n')
      .flatMap((l) => l.split('|'))
      .map((n) => n.replace(/^!/, ''));
    for (const n of [...names, 'Zara', 'ACNE Studios', '3sixteen', 'A 1', 'H M']) expect(nameKey(n)).toBe(viaTokens(n));
  });

  it('folds case, accents and special letters', () => {
    expect(nameKey('Chloé')).toBe('chloe');
    expect(nameKey('CHLOÉ')).toBe('chloe');
    expect(nameKey('Samsøe Samsøe')).toBe('samsoe samsoe');
    expect(nameKey('Fjällräven')).toBe('fjallraven');
    expect(nameKey('Straße')).toBe('strasse');
  });

  it('treats decomposed accents like precomposed ones', () => {
    expect(nameKey('Chloe\u0301')).toBe(nameKey('Chloé'));
  });

  it('makes & and + the word "and"', () => {
    expect(nameKey('Dolce & Gabbana')).toBe('dolce and gabbana');
    expect(nameKey('Dolce and Gabbana')).toBe('dolce and gabbana');
    expect(nameKey('rag+bone')).toBe('rag and bone');
    expect(nameKey('H&M')).toBe('h and m');
  });

  it('drops apostrophes of either kind and inner periods', () => {
    expect(nameKey("Levi's")).toBe('levis');
    expect(nameKey('Levi’s')).toBe('levis');
    expect(nameKey('A.P.C.')).toBe('apc');
    expect(nameKey('Need Supply Co.')).toBe('need supply co');
  });

  it('splits on hyphens, slashes and spaces', () => {
    expect(nameKey('Net-a-Porter')).toBe('net a porter');
    expect(nameKey('  net   a  porter ')).toBe('net a porter');
    expect(nameKey('Re/Done')).toBe('re done');
  });

  it('returns an empty key for text without letters or digits', () => {
    expect(nameKey(' — ! ')).toBe('');
  });
});

describe('tokenize', () => {
  it('reports original spans', () => {
    const text = 'See Chloé’s bag';
    const tokens = tokenize(text);
    expect(tokens.map((t) => t.key)).toEqual(['see', 'chloes', 'bag']);
    const chloe = tokens[1]!;
    expect(text.slice(chloe.start, chloe.end)).toBe('Chloé’s');
    expect(chloe.alt).toBe('chloe');
    expect(text.slice(chloe.start, chloe.altEnd)).toBe('Chloé');
  });

  it('keeps surrogate pairs intact and stops at maxTokens', () => {
    const tokens = tokenize('𝐙ara one two three', 2);
    expect(tokens).toHaveLength(2);
    expect(tokens[0]!.start).toBe(0);
  });

  it('does not treat a mid-word apostrophe as possessive', () => {
    const [token] = tokenize("Rock'n'roll");
    expect(token?.key).toBe('rocknroll');
    expect(token?.alt).toBeNull();
  });
});
