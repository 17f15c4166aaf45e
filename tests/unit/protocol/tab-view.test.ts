import { describe, expect, it } from 'vitest';
import { isTabView } from '@/lib/protocol/tab-view';
import { tabIdFromSearch } from '@/lib/api/active-tab';
import { createUndoStore } from '@/lib/api/undo-tokens';
import { sampleTabView } from '@/tests/support/mock-data';

describe('isTabView', () => {
  it('accepts a well-formed view', () => {
    expect(isTabView(sampleTabView())).toBe(true);
  });

  it('rejects arrays of different lengths, bad states and bad ids', () => {
    const v = sampleTabView();
    expect(isTabView({ ...v, states: v.states.slice(1) })).toBe(false);
    expect(isTabView({ ...v, savedIds: [...v.savedIds, null] })).toBe(false);
    expect(isTabView({ ...v, states: [{ status: 'done' }, ...v.states.slice(1)] })).toBe(false);
    expect(isTabView({ ...v, savedIds: [42, null, null, null, null] })).toBe(false);
    expect(isTabView({ ...v, mentions: [{ name: '' }, ...v.mentions.slice(1)] })).toBe(false);
    expect(isTabView(null)).toBe(false);
    expect(isTabView('view')).toBe(false);
  });

  it('rejects a resolved listing with a non-http image', () => {
    const v = sampleTabView();
    const s = v.states[0] as Extract<(typeof v.states)[0], { status: 'resolved' }>;
    v.states[0] = { ...s, listing: { ...s.listing, image: 'javascript:alert(1)' } };
    expect(isTabView(v)).toBe(false);
  });

  it('checks picture URLs on every view, remembering only the good ones', () => {
    const v = sampleTabView();
    const good = v.mentions.map((_, i) => (i === 0 ? 'https://img.example/a.jpg' : null));
    expect(isTabView({ ...v, images: good })).toBe(true);
    expect(isTabView({ ...v, images: good })).toBe(true);
    const bad = good.map((u, i) => (i === 1 ? 'javascript:alert(1)' : u));
    expect(isTabView({ ...v, images: bad })).toBe(false);
    expect(isTabView({ ...v, images: bad })).toBe(false);
    expect(isTabView({ ...v, images: good.map((u, i) => (i === 0 ? `${u}${'x'.repeat(2048)}` : u)) })).toBe(false);
    expect(isTabView({ ...v, images: good.slice(1) })).toBe(false);
  });
});

describe('tabIdFromSearch', () => {
  it('reads a numeric tabId and nothing else', () => {
    expect(tabIdFromSearch('?tabId=12')).toBe(12);
    expect(tabIdFromSearch('?tabId=-1')).toBeNull();
    expect(tabIdFromSearch('?tabId=1e3')).toBeNull();
    expect(tabIdFromSearch('')).toBeNull();
  });
});

describe('createUndoStore', () => {
  it('hands out single-use tokens and forgets the oldest past its size', () => {
    const store = createUndoStore<string>(2);
    const a = store.put('a');
    const b = store.put('b');
    const c = store.put('c');
    expect(store.take(a)).toBeUndefined();
    expect(store.take(b)).toBe('b');
    expect(store.take(b)).toBeUndefined();
    expect(store.take(c)).toBe('c');
  });
});
