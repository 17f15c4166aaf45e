import { describe, expect, it } from 'vitest';
import { precheckReason, worthReading } from '@/lib/detect/precheck';
import { proseCredits } from '@/lib/detect/precheck-prose';
import { happyDoc } from './helpers';

const page = (body: string) =>
  happyDoc(`<!doctype html><html><head><title>t</title></head><body>${body}</body></html>`);
const prose = (n: number) =>
  Array.from({ length: n }, (_, k) => `<p>Paragraph ${k} of a walk in the park, with a friend and a dog.</p>`).join('');

describe('pre-check: makers named before their products in prose', () => {
  it('passes a blog post naming one product after its maker, in its own voice', () => {
    const post = '<p>My feet hurt all week, so I finally ordered the Clarks Wallabee suede boots in sand.</p>';
    expect(precheckReason(page(`${prose(2)}${post}`))).toBe('single credit');
  });
  it('reads names that start with a capital beyond Latin letters, or join their words with "&"', () => {
    // Written examples whose only capitals after a space are accented: the cheap first step must not miss them.
    const credits = (text: string) => proseCredits(text, text.toLowerCase(), 0, 2);
    expect(credits('then the Éclair Ñandú suede loafers, worn all week')).toBe(1);
    expect(credits('then the Émile & Ñoño wool cardigan, worn all week')).toBe(1);
    // Capitals past Latin-1 and letters outside the basic plane: the plain first step lets them all through.
    expect(credits('then the Ζέτα Λάμδα suede loafers, worn all week')).toBe(1);
    expect(credits('then the Жара Вьюга wool cardigan, worn all week')).toBe(1);
    expect(credits('then the 𝐀cme 𝐁ell suede loafers, worn all week')).toBe(1);
    // No name meets a lower-case word (a page of figures and headings): nothing to read.
    expect(credits('Company 12 results Shares of Company 12 rose to $40.20, up from $37.10')).toBe(0);
    expect(credits('then the éclair ñandú suede loafers, worn all week')).toBe(0);
  });
  it('stops a page of lower-case prose without asking for names', () => {
    expect(worthReading(page('<p>a short note on a walk, with a dog and a friend.</p>'))).toBe(false);
  });
  it('stops the same phrase in a report with no voice of its own', () => {
    const report = '<p>The Clarks Wallabee suede boots were first made in 1967, the company said on Monday.</p>';
    expect(worthReading(page(`${prose(3)}${report}`))).toBe(false);
  });
  it('passes a round-up of sneaker models after their makers, in any language', () => {
    const roundup =
      '<p>Für den Herbst: der Asics Gel-Lyte III, der Saucony Jazz Original und der Puma Suede Classic.</p>';
    expect(worthReading(page(`${prose(2)}${roundup}`))).toBe(true);
  });
  it('stops a business report about sneaker makers and two models', () => {
    const firm =
      '<p>Nike Inc and Adidas AG reported sales. Puma SE said the Puma Speedcat and the Nike Cortez sold.</p>';
    expect(worthReading(page(`${prose(3)}${firm}`))).toBe(false);
  });
  it('passes katakana makers before a Latin model name with a product word', () => {
    const kana =
      '<p>オニツカタイガーの「MEXICO 66」は軽いスニーカー。</p><p>アシックスのGT-2160もランニングシューズの定番。</p>';
    expect(worthReading(page(`${prose(2)}${kana}`))).toBe(true);
  });
});
