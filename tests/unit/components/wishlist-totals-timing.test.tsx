import { afterEach, describe, expect, it, vi } from 'vitest';
import { Wishlist } from '@/components/Wishlist';
import { createMockApi } from '@/tests/support/mock-api';
import { cleanup, mount, settle, text, typeInto } from './dom';
import { fourItems } from './wishlist-helpers';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('when the popup asks for the totals', () => {
  it('asks at once for the stored sums, and only when idle for a search, after its rows', async () => {
    const idle: Array<() => void> = [];
    vi.stubGlobal('requestIdleCallback', (cb: () => void) => idle.push(cb));
    vi.stubGlobal('cancelIdleCallback', () => {});
    const api = createMockApi({ items: fourItems() });
    const watched = vi.spyOn(api, 'watchItems');
    // The mock sums totals over its own watchItems, without a window: the popup's rows have one.
    const rows = () => watched.mock.calls.map((c) => c[0]).filter((q) => q.limit !== undefined);
    const totals = vi.spyOn(api, 'watchTotals');
    const { root } = mount(<Wishlist api={api} layout="popup" searchDelayMs={0} />);
    // Unfiltered: asked for in the same turn as the rows, before any of them arrived.
    expect(rows()).toHaveLength(1);
    expect(totals).toHaveBeenCalledTimes(1);
    expect(totals.mock.calls[0]![0]).not.toHaveProperty('search');
    await settle();
    expect(root.querySelector('.totals')).not.toBeNull();

    typeInto(root.querySelector('input[type="search"]'), 'bag');
    await settle();
    // The search's rows are on screen; its totals (a scan of every match) wait for the idle callback.
    expect(rows().at(-1)).toMatchObject({ search: 'bag' });
    expect(text(root.querySelector('.count'))).toBe('1 item');
    expect(totals).toHaveBeenCalledTimes(1);
    expect(idle).toHaveLength(1);
    idle[0]!();
    await settle();
    expect(totals).toHaveBeenCalledTimes(2);
    expect(totals.mock.calls[1]![0]).toMatchObject({ search: 'bag' });
    expect(text(root.querySelector('.totals'))).toContain('(1 item)');
  });
});
