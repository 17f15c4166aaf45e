import { describe, expect, it } from 'vitest';
import { precheckReason } from '@/lib/detect/precheck';
import { LEADS, LEAD_TAILS, wornList } from '@/lib/detect/precheck-worn';
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
  it('reads a lead back only from a colon after its last letters, with or without one space', () => {
    // The tails are compared as plain text: a lead must not end in regex syntax.
    for (const lead of LEADS) expect(lead.slice(-3)).toMatch(/^[\p{L} ]{3}$/u);
    expect(LEAD_TAILS.has('ing')).toBe(true);
    expect(both('Ik draag : Levi’s jeans, Veja sneakers')).toBe(true);
    expect(both('I’m wearing:\u00a0Barbour wax jacket, Hunter rain boots')).toBe(true);
    expect(both('Now wearing\t: Barbour wax jacket, Hunter rain boots')).toBe(true);
    // A colon after other words reads no lead, however many there are.
    expect(both('Updated: Monday. Tags: Barbour wax jacket, Hunter rain boots. '.repeat(50))).toBe(false);
  });
});
