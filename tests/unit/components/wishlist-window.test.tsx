import { afterEach, describe, expect, it, vi } from 'vitest';
import { act } from 'preact/test-utils';
import { Wishlist } from '@/components/Wishlist';
import { FIRST_WINDOW } from '@/components/use-wishlist-data';
import { createMockApi } from '@/tests/support/mock-api';
import { totalsByCurrency } from '@/lib/api/currency-totals';
import { formatPrice } from '@/components/format';
import { cleanup, mount, settle, text } from './dom';
import { item } from './wishlist-helpers';

afterEach(cleanup);

const many = (n: number) => Array.from({ length: n }, (_, i) => item(i, { createdAt: 1_000_000 + n - i }));

describe('the popup wishlist on a long list', () => {
  it('reads a first window of rows, counts and totals all of them, and reads more on scroll', async () => {
    const items = many(400);
    const api = createMockApi({ items });
    const watch = vi.spyOn(api, 'watchItems');
    const totals = vi.spyOn(api, 'watchTotals');
    const { root } = mount(<Wishlist api={api} layout="popup" searchDelayMs={0} />);
    await settle();
    // The list asks for a window, not every row; the count says all 400.
    expect(watch.mock.calls[0]?.[0]).toMatchObject({ limit: FIRST_WINDOW });
    expect(text(root.querySelector('.count'))).toBe('400 items');
    // Totals cover every item, not the window, and were asked for after the first rows.
    expect(totals).toHaveBeenCalledTimes(1);
    const want = totalsByCurrency(items)[0]!;
    expect(text(root.querySelector('.totals'))).toContain(formatPrice(want.total, want.currency));
    expect(text(root.querySelector('.totals'))).toContain(`(${want.count} items)`);
    // Scrolled near the end of what was read: the next rows are read.
    const scroller = root.querySelector('.vlist') as HTMLElement;
    await act(async () => {
      scroller.scrollTop = (FIRST_WINDOW - 2) * 150;
      scroller.dispatchEvent(new Event('scroll'));
      await new Promise((r) => requestAnimationFrame(() => r(undefined)));
    });
    await settle();
    const limits = watch.mock.calls.map((c) => c[0].limit);
    expect(limits.at(-1)).toBeGreaterThan(FIRST_WINDOW);
    expect(root.querySelector('[aria-posinset="' + String(FIRST_WINDOW + 1) + '"] article.item')).not.toBeNull();
  });

  it('starts again from the first window when the query changes', async () => {
    const api = createMockApi({ items: many(300) });
    const watch = vi.spyOn(api, 'watchItems');
    const { root } = mount(<Wishlist api={api} layout="popup" searchDelayMs={0} />);
    await settle();
    const scroller = root.querySelector('.vlist') as HTMLElement;
    await act(async () => {
      scroller.scrollTop = (FIRST_WINDOW - 2) * 150;
      scroller.dispatchEvent(new Event('scroll'));
      await new Promise((r) => requestAnimationFrame(() => r(undefined)));
    });
    await settle();
    // The list reads (the totals read every row, without a limit).
    const windows = () => watch.mock.calls.map((c) => c[0]).filter((q) => q.limit !== undefined);
    expect(windows().at(-1)?.limit).toBeGreaterThan(FIRST_WINDOW);
    const sort = root.querySelector('select') as HTMLSelectElement;
    await act(async () => {
      sort.value = 'oldest';
      sort.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await settle();
    expect(windows().at(-1)).toMatchObject({ sort: 'date', dir: 'asc', limit: FIRST_WINDOW });
  });
});
