import { describe, expect, it } from 'vitest';
import { applyTabDelta, isTabDelta } from '@/lib/protocol/tab-delta';
import { sampleTabView } from '@/tests/support/mock-data';
import { mentionIdOf } from '@/lib/mention-id';
import type { TabDelta } from '@/lib/protocol';

const view = sampleTabView();
const delta = (changes: TabDelta['changes']): TabDelta => ({
  pageUrl: view.pageUrl,
  count: view.mentions.length,
  changes,
});
const change = (index: number, state = view.states[0]!) => ({ index, id: mentionIdOf(view.mentions[index]!), state });

describe('isTabDelta', () => {
  it('accepts a delta of valid states at distinct, in-range indexes', () => {
    expect(isTabDelta(delta([change(0), change(2, { status: 'not-found', searchUrl: null })]))).toBe(true);
    expect(isTabDelta(delta([]))).toBe(true);
  });

  it('rejects what a page or a stale sender could send', () => {
    for (const bad of [
      null,
      'x',
      { ...delta([]), pageUrl: 3 },
      { ...delta([]), count: -1 },
      { ...delta([]), count: 201 },
      { ...delta([]), count: 1.5 },
      delta([change(0), change(0)]),
      delta([{ ...change(0), index: view.mentions.length }]),
      delta([{ ...change(0), id: 'not an id!' }]),
      delta([{ ...change(0), state: { status: 'resolved' } } as never]),
      { ...delta([]), changes: 'all' },
      { pageUrl: view.pageUrl, count: 1, changes: [change(0), { ...change(1), index: 0 }] },
    ]) {
      expect(isTabDelta(bad), JSON.stringify(bad)).toBe(false);
    }
  });
});

describe('applyTabDelta', () => {
  it('replaces only the named states and shares the rest', () => {
    const s = { status: 'unavailable' as const, reason: 'Out of reach' };
    const next = applyTabDelta(view, delta([change(3, s)]))!;
    expect(next.states[3]).toEqual(s);
    expect(next.states.filter((_, i) => i !== 3)).toEqual(view.states.filter((_, i) => i !== 3));
    expect(next.states[1]).toBe(view.states[1]);
    expect(next.mentions).toBe(view.mentions);
    expect(view.states[3]).not.toEqual(s);
  });

  it('refuses a delta for another page, another count or other mentions', () => {
    expect(applyTabDelta(view, { ...delta([change(0)]), pageUrl: 'https://other.example/' })).toBeNull();
    expect(applyTabDelta(view, { ...delta([]), count: view.mentions.length + 1 })).toBeNull();
    expect(applyTabDelta(view, delta([{ ...change(0), id: mentionIdOf(view.mentions[1]!) }]))).toBeNull();
  });
});
