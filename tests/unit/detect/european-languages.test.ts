import { describe, expect, it } from 'vitest';
import { lexicon, nounHits } from '@/lib/detect/lexicon';
import { gather } from '@/lib/detect/pipeline';
import type { Candidate } from '@/lib/detect/context';
import { happyDoc } from './helpers';

function cands(body: string, lang: string, format: string): Candidate[] {
  const html = `<!DOCTYPE html><html lang="${lang}"><head><title>t</title></head><body><article>${body}</article></body></html>`;
  const it = gather(happyDoc(html), 'https://www.example-blog.eu/post');
  for (;;) {
    const r = it.next();
    if (r.done) return (Array.isArray(r.value) ? r.value : r.value.cands).filter((c) => c.format === format);
  }
}
const pairs = (cs: Candidate[]) => cs.map((c) => `${c.brand} | ${c.name}`);

describe('European lexicon', () => {
  it('reads compound product nouns by their head, and the last part of hyphenated ones', () => {
    expect(nounHits('Eine gesteppte Winterjacke')).toBe(1);
    expect(nounHits('Zwarte regenjas met capuchon')).toBe(1);
    expect(nounHits('Gestreifte Sommer-Sandalen')).toBe(1);
    // A head alone needs a stem before it: "ljus" is a noun only because it is listed, not as a compound.
    expect(nounHits('Harvest moon')).toBe(0);
  });
  it('knows Danish, Norwegian, Finnish and Portuguese words', () => {
    const lex = lexicon();
    expect(nounHits('Sort kjole i uld')).toBe(1);
    expect(nounHits('Vestido de algodão')).toBe(1);
    expect(nounHits('Villainen takki')).toBe(1);
    expect(lex.buy.test('Køb her')).toBe(true);
    expect(lex.buy.test('Compre na loja')).toBe(true);
    expect(lex.negative.test('Asunto myydään')).toBe(true);
  });
});

describe('credits read part by part', () => {
  it('splits a caption of "piece: maker" credits at slashes', () => {
    const cs = cands(
      '<figure><figcaption>Gesteppter Wollmantel: Acne Studios / Schal: Weekday / Stiefel: Ganni</figcaption></figure>',
      'de',
      'anchor-credit',
    );
    expect(pairs(cs)).toEqual(['Acne Studios | Gesteppter Wollmantel', 'Weekday | Schal', 'Ganni | Stiefel']);
  });
  it('reads "a piece by maker" credits run on in prose, the piece after its article', () => {
    const cs = cands(
      '<p>Lotta trägt einen Mantel von Totême, eine weite Hose von Arket und Stiefel von Ganni.</p>',
      'de',
      'anchor-credit',
    );
    expect(pairs(cs)).toEqual(['Totême | Mantel', 'Arket | weite Hose', 'Ganni | Stiefel']);
  });
  it('keeps only the last label and takes a model after a known maker', () => {
    const cs = cands('<p class="credit">Ma tenue : Veste : Sézane / Baskets : Veja Campo</p>', 'fr', 'anchor-credit');
    expect(pairs(cs)).toEqual(['Sézane | Veste', 'Veja | Baskets Campo']);
  });
  it('skips a shop named as the source and a single credit in running prose', () => {
    expect(cands('<p>Elle porte une robe de Rouje.</p>', 'fr', 'anchor-credit')).toEqual([]);
    const cs = cands(
      '<figure><figcaption>Szalik – Zalando / Płaszcz – Zara</figcaption></figure>',
      'pl',
      'anchor-credit',
    );
    expect(pairs(cs)).toEqual(['Zara | Płaszcz']);
  });
});

describe('prices in European prose named by the phrase and maker around them', () => {
  const maker = (body: string, lang: string) =>
    cands(body, lang, 'anchor-maker').map((c) => `${c.brand} | ${c.name} | ${c.price?.amount} ${c.price?.currency}`);
  it('takes the noun phrase after an article and the maker after "de"/"von"', () => {
    expect(maker('<p>On aime la veste matelassée de Sézane (145 euros) pour les matins froids.</p>', 'fr')).toEqual([
      'Sézane | veste matelassée | 145 EUR',
    ]);
    expect(maker('<p>Wir lieben die Strickjacke von Closed. Sie kostet 189 Euro.</p>', 'de')).toEqual([
      'Closed | Strickjacke | 189 EUR',
    ]);
  });
  it('carries the piece over a list of makers with prices, and pairs a maker named before the price', () => {
    expect(
      maker('<p>Perfette le borse a mano di Furla (298 €), Coccinelle (260 €) e Gucci (1.200 €).</p>', 'it'),
    ).toEqual([
      'Furla | borse a mano | 298 EUR',
      'Coccinelle | borse a mano | 260 EUR',
      'Gucci | borse a mano | 1200 EUR',
    ]);
    expect(maker('<p>Chez Longchamp, ses sacs en cuir (120 euros) résistent à tout.</p>', 'fr')).toEqual([
      'Longchamp | sacs en cuir | 120 EUR',
    ]);
  });
  it('reads nothing on English pages, and nothing where the page talks about what people paid', () => {
    expect(maker('<p>We love the quilted jacket by Barbour (£199).</p>', 'en')).toEqual([]);
    const paid = '<p>Ela comprei o casaco da Mango por 40€.</p><p>O vestido da Zara custou 49€.</p>';
    expect(maker(paid, 'pt')).toEqual([]);
  });
});
