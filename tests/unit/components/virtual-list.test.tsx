import { afterEach, describe, expect, it } from 'vitest';
import { act } from 'preact/test-utils';
import { visibleRange, VirtualList } from '@/components/VirtualList';
import { WishlistPage } from '@/components/WishlistPage';
import { createMockApi } from '@/tests/support/mock-api';
import { mockItem, mockItems } from '@/tests/support/mock-data';
import { Wishlist } from '@/components/Wishlist';
import { byText, cleanup, click, mount, settle, text } from './dom';

afterEach(cleanup);

describe('visibleRange', () => {
  it('covers the viewport plus overscan, clamped to the list', () => {
    expect(visibleRange(5000, 100, 0, 500, 3)).toEqual([0, 9]);
    expect(visibleRange(5000, 100, 1000, 500, 3)).toEqual([7, 19]);
    expect(visibleRange(5000, 100, 499_900, 500, 3)).toEqual([4996, 5000]);
    expect(visibleRange(0, 100, 0, 500, 3)).toEqual([0, 0]);
    expect(visibleRange(3, 100, 0, 500, 3)).toEqual([0, 3]);
  });
});

describe('VirtualList', () => {
  it('renders only a window of rows and moves it on scroll', async () => {
    const { root } = mount(
      <VirtualList
        count={1000}
        rowHeight={50}
        fallbackHeight={200}
        overscan={2}
        label="Numbers"
        rowKey={(i) => `k${i}`}
        renderRow={(i) => <span>row {i}</span>}
      />,
    );
    const rows = () => [...root.querySelectorAll('[role="listitem"]')];
    expect(rows().map(text)).toEqual(['row 0', 'row 1', 'row 2', 'row 3', 'row 4', 'row 5', 'row 6']);
    expect(rows()[0]?.getAttribute('aria-setsize')).toBe('1000');
    const scroller = root.querySelector('.vlist') as HTMLElement;
    act(() => {
      scroller.scrollTop = 5000;
      scroller.dispatchEvent(new Event('scroll'));
    });
    await settle(3);
    expect(rows().map(text)[0]).toBe('row 98');
    expect(rows()[2]?.getAttribute('aria-posinset')).toBe('101');
    expect((rows()[2] as HTMLElement).style.top).toBe('5000px');
  });
});

describe('Wishlist with 5,000 items', () => {
  it('keeps only a window of rows in the popup’s DOM', async () => {
    const api = createMockApi({ items: mockItems(5000) });
    const { root } = mount(<Wishlist api={api} layout="popup" />);
    await settle();
    expect(text(root.querySelector('.count'))).toBe('5000 items');
    const rows = root.querySelectorAll('[role="listitem"]');
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.length).toBeLessThanOrEqual(20);
    const list = root.querySelector('[role="list"]') as HTMLElement;
    expect(list.style.height).toBe(`${5000 * 150}px`);
    expect(text(rows[0]?.querySelector('.name'))).toBe(mockItem(0).name);
  });

  it('shows the page’s cards a page at a time', async () => {
    const api = createMockApi({ items: mockItems(5000) });
    const { root } = mount(<WishlistPage api={api} />);
    await settle();
    expect(root.querySelectorAll('.item-grid > li')).toHaveLength(60);
    click(byText(root, 'button', 'Show 60 more of 4940'));
    await settle();
    expect(root.querySelectorAll('.item-grid > li')).toHaveLength(120);
  });
});
