import { describe, expect, it } from 'vitest';
import { detectMentions } from '@/lib/detect';
import { comparable, fixtures, happyDoc, linkedomDoc } from './helpers';

const articles = fixtures('articles');
const negatives = fixtures('negative');

describe('detectMentions on article fixtures', () => {
  it('has fixtures to read', () => {
    expect(articles.length).toBeGreaterThanOrEqual(15);
    expect(negatives.length).toBeGreaterThanOrEqual(8);
  });

  for (const { file, html, expected } of articles) {
    for (const [parser, parse] of [
      ['happy-dom', happyDoc],
      ['linkedom', linkedomDoc],
    ] as const) {
      it(`${file} (${parser}) gives exactly the expected mentions, in page order`, () => {
        const found = detectMentions(parse(html), expected.pageUrl);
        expect(found.map(comparable)).toEqual(expected.mentions.map(comparable));
        for (const m of found) expect(m.element.ownerDocument).toBeTruthy();
      });
    }
  }
});

describe('detectMentions on pages without products', () => {
  for (const { file, html, expected } of negatives) {
    it(`${file} gives nothing`, () => {
      expect(detectMentions(happyDoc(html), expected.pageUrl)).toEqual([]);
      expect(detectMentions(linkedomDoc(html), expected.pageUrl)).toEqual([]);
    });
  }
});
