import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileGazetteer } from '@/lib/gazetteer/build/compile';
import { parseBrandSource, parseRetailerSource, SourceError } from '@/lib/gazetteer/build/parse-sources';
import { CONTENT_OUT, readSources, SEARCH_OUT } from '@/lib/gazetteer/build/read-sources';

const root = process.cwd();

describe('generated gazetteer modules', () => {
  it('are up to date with lib/gazetteer/data (run `npm run gazetteer` if not)', () => {
    const { brands, retailers, lexicon } = readSources(root);
    const out = compileGazetteer(brands, retailers, lexicon);
    expect(readFileSync(CONTENT_OUT, 'utf8') === out.content, CONTENT_OUT).toBe(true);
    expect(readFileSync(SEARCH_OUT, 'utf8') === out.search, SEARCH_OUT).toBe(true);
  });

  it('say they are generated and how to rebuild them', () => {
    for (const path of [CONTENT_OUT, SEARCH_OUT]) {
      const head = readFileSync(path, 'utf8').slice(0, 300);
      expect(head).toContain('GENERATED');
      expect(head).toContain('npm run gazetteer');
    }
  });
});

describe('source parsers', () => {
  it('reads names, aliases and ambiguity flags', () => {
    const [one, two] = parseBrandSource('# c\n\nMAC Cosmetics | MAC!\nTheory | Theory NYC !ambiguous\n', 'x.txt');
    expect(one?.names).toEqual([
      { text: 'MAC Cosmetics', ambiguous: false },
      { text: 'MAC', ambiguous: true },
    ]);
    expect(two?.names.every((n) => n.ambiguous)).toBe(true);
  });

  it('reads retailer domains and options', () => {
    const [r] = parseRetailerSource(
      'SSENSE | Ssense @ ssense.com ssense.* ; shopify ; search https://www.ssense.com/search?q={q}',
      'r.txt',
    );
    expect(r).toMatchObject({
      names: ['SSENSE', 'Ssense'],
      domains: ['ssense.com', 'ssense.*'],
      platform: 'shopify',
      searchUrl: 'https://www.ssense.com/search?q={q}',
    });
  });

  it('rejects malformed lines with the file and line number', () => {
    expect(() => parseRetailerSource('Shop without domains', 'r.txt')).toThrow(/r\.txt:1/);
    expect(() => parseRetailerSource('Shop @ Not_A_Domain', 'r.txt')).toThrow(SourceError);
    expect(() => parseRetailerSource('Shop @ shop.com ; search http://x/{q}', 'r.txt')).toThrow(/search URL/);
    expect(() => parseBrandSource('Good | | Bad', 'b.txt')).toThrow(/b\.txt:1/);
  });

  it('rejects two brands that fold to the same key', () => {
    const files = [
      { path: 'a.txt', text: 'Chloé\n' },
      { path: 'b.txt', text: 'Chloe\n' },
    ];
    expect(() => compileGazetteer(files, { path: 'r.txt', text: 'Shop @ shop.com\n' })).toThrow(/a\.txt:1/);
  });

  it('rejects a domain claimed by two retailers', () => {
    const retailers = { path: 'r.txt', text: 'One @ shop.com\nTwo @ shop.com\n' };
    expect(() => compileGazetteer([{ path: 'b.txt', text: 'Brand\n' }], retailers)).toThrow(/shop\.com/);
  });

  it('drops aliases the runtime derives, and keeps the rest', () => {
    const out = compileGazetteer([{ path: 'b.txt', text: 'Jo Malone London | Jo Malone | JML\nRay Ban | RayBan\n' }], {
      path: 'r.txt',
      text: 'Shop @ shop.com\n',
    });
    expect(out.content).toContain('Jo Malone London|JML');
    expect(out.content).not.toContain('|Jo Malone|');
    expect(out.content).not.toContain('RayBan');
  });
});
