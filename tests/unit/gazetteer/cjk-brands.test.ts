import { describe, expect, it } from 'vitest';
import { findBrands } from '@/lib/gazetteer';
import { buildNativeIndex, findNativeBrands } from '@/lib/gazetteer/cjk-brands';

const names = (text: string) => findBrands(text).map((b) => [b.name, text.slice(b.start, b.end)]);

describe('native-script brands inside unspaced Japanese and Korean text', () => {
  it('finds a katakana or Hangul name run together with the words around it', () => {
    expect(names('セリーヌのバッグ')).toEqual([['Celine', 'セリーヌ']]);
    expect(names('ミュウミュウのバッグ')).toEqual([['Miu Miu', 'ミュウミュウ']]);
    expect(names('그리고 프라다의 가방')).toEqual([['Prada', '프라다']]);
    expect(names('샤넬백을 샀다')).toEqual([['Chanel', '샤넬']]);
    expect(names('バッグ¥39,600（ロエベ）')).toEqual([['Loewe', 'ロエベ']]);
  });

  it('takes the longest name and starts only where the script changes', () => {
    const index = buildNativeIndex('Ab|アブ\nAbcd|アブクド\nXy|クド\n');
    const found = (t: string) => findNativeBrands(index, t).map((b) => b.name);
    expect(found('アブクドのコート')).toEqual(['Abcd']);
    // クド sits inside a katakana word: not a name start.
    expect(found('コクドの')).toEqual([]);
    expect(found('アブの')).toEqual(['Ab']);
  });

  it('keeps short names marked ambiguous out of running text', () => {
    const index = buildNativeIndex('Zara|!ザラ\nLongname|!ロングネーム\n');
    expect(findNativeBrands(index, 'ザラのコート')).toEqual([]);
    expect(findNativeBrands(index, 'ロングネームのコート').map((b) => [b.name, b.ambiguous])).toEqual([
      ['Longname', true],
    ]);
  });
});
