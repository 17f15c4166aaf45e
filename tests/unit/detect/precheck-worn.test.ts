import { describe, expect, it } from 'vitest';
import { precheckReason } from '@/lib/detect/precheck';
import { wornList } from '@/lib/detect/precheck-worn';
import { happyDoc } from './helpers';

const page = (body: string) =>
  happyDoc(`<!doctype html><html><head><title>t</title></head><body>${body}</body></html>`);
const both = (s: string) => wornList(s, s.toLowerCase());

describe('outfit lists after a lead (the pre-check)', () => {
  it('reads a bracketed or lined list of pieces with their makers', () => {
    expect(both('Cold again today (wearing: thrifted scarf, Benetton cardigan, Clarks ankle boots)')).toBe(true);
    expect(both('Outfit details: Reiss trench coat / Uniqlo jeans / Birkenstock clogs')).toBe(true);
    expect(both('Tenue : manteau Sessùn, pull Petit Bateau et bottines Anaki')).toBe(true);
  });
  it('wants two pieces with a maker, a colon and item words', () => {
    expect(both('Wearing: an old jumper, my sister’s scarf')).toBe(false);
    expect(both('Wearing: Benetton cardigan, nothing else worth a mention')).toBe(false);
    expect(both('She was wearing a Benetton cardigan and Clarks ankle boots at the premiere.')).toBe(false);
    expect(both('Wearing: Monday, Tuesday and the whole of Lent')).toBe(false);
  });
  it('ends the list at its bracket or line', () => {
    expect(both('(wearing: Benetton cardigan) and later Clarks ankle boots were on sale')).toBe(false);
  });
  it('lets a blog post with such a list through, and says why', () => {
    const post = '<h1>Sunday walk</h1><p>Frost on the canal.</p><p>Wearing: Benetton cardigan, Clarks ankle boots</p>';
    expect(precheckReason(page(post))).toBe('outfit list');
  });
});
