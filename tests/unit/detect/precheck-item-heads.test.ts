import { beforeEach, describe, expect, it, vi } from 'vitest';
import { CREDIT_ITEM_PATTERN, ITEM_HEADS, PRODUCT_PATTERN } from '@/lib/detect/generated/precheck-patterns';

/** The item-word test of a fresh content script: its word tables not yet compiled. */
async function freshItemWord() {
  vi.resetModules();
  return (await import('@/lib/detect/precheck-lists')).ITEM_WORD;
}

const tables = (low: string) => new RegExp(PRODUCT_PATTERN).test(low) || new RegExp(CREDIT_ITEM_PATTERN).test(low);

describe('the item words’ first step (three-letter heads)', () => {
  beforeEach(() => vi.resetModules());

  it('answers as the word tables do, before and after they are compiled', async () => {
    const item = await freshItemWord();
    // Written stretches: glued words, a heading run into its paragraph, words inside longer ones, kana and hangul.
    const stretches = [
      'hello',
      'a short note',
      'quiet words only',
      'jacketbarbour',
      'my old handbag',
      'the tops of trees',
      'new boots in',
      'スカート',
      '가방',
      'zz',
      '',
    ];
    // Each in a fresh script (the first step is skipped once the tables are compiled), then all in one.
    for (const s of stretches) expect((await freshItemWord()).test(s), s).toBe(tables(s));
    for (const s of stretches) expect(item.test(s), s).toBe(tables(s));
    for (const s of stretches) expect(item.starts(s), s).toBe(startsWithItem(s));
  });

  it('holds only plain three-character heads', () => {
    for (const head of ITEM_HEADS.split('|')) expect(head).toMatch(/^[\p{L} ]{3}$/u);
  });
});

/** Whether an item word's leftmost match starts the stretch, by the tables themselves. */
function startsWithItem(low: string): boolean {
  return new RegExp(PRODUCT_PATTERN).exec(low)?.index === 0 || new RegExp(CREDIT_ITEM_PATTERN).exec(low)?.index === 0;
}
