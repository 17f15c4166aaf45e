import { beforeAll, describe, expect, it } from 'vitest';
import { quotedMakerItem } from '@/lib/detect/quoted-maker';
import { setPageLanguage } from '@/lib/detect/lexicon';
import { leadingMaker } from '@/lib/detect/bracket-maker';

describe('「Maker」のItem at the end of a Japanese clause', () => {
  beforeAll(() => setPageLanguage('ja'));

  it('takes the quoted maker and the item after it, leaving the description', () => {
    expect(quotedMakerItem(null, '軽くて暖かい、襟の大きい「ミナトヤ」のウールコート')).toEqual([
      'ミナトヤ',
      'ウールコート',
    ]);
    expect(quotedMakerItem(null, '手洗いできるウール製「アオバ」ニット')).toEqual(['アオバ', 'ニット']);
  });

  it('keeps the katakana spelling of a maker written with its Latin name in brackets', () => {
    expect(quotedMakerItem(null, '今季よく動いたのは「ミナトヤ(minatoya)」のロングスカート')).toEqual([
      'ミナトヤ',
      'ロングスカート',
    ]);
  });

  it('drops the maker and の an item name opens with when that maker is the brand', () => {
    expect(quotedMakerItem('アオバ', 'アオバのショートコート')).toEqual(['アオバ', 'ショートコート']);
  });

  it('leaves quoted product names, clauses and other makers alone', () => {
    // A quoted model followed by a particle is the subject of a clause, not a maker.
    expect(quotedMakerItem(null, 'レディースの「ライトウォームコート」は')).toBeNull();
    // A rank in quotes places the pick and names no maker.
    expect(quotedMakerItem(null, '「1位」ミナトヤ ウールコート')).toBeNull();
    // The item must be a product noun.
    expect(quotedMakerItem(null, '店頭では「ミナトヤ」の担当者')).toBeNull();
    // A brand read elsewhere that the quote does not name stays in charge.
    expect(quotedMakerItem('アオバ', '人気の「ミナトヤ」のウールコート')).toBeNull();
  });
});

describe('a rank in brackets', () => {
  it('is no maker', () => {
    expect(leadingMaker('【1位】ミナトヤ ウールコート')).toBeNull();
    expect(leadingMaker('【ミナトヤ】ウールコート')?.maker).toBe('ミナトヤ');
  });
});
