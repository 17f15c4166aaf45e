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
