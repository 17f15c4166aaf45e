import { afterEach, describe, expect, it } from 'vitest';
import { Popup } from '@/components/Popup';
import { createMockApi } from '@/tests/support/mock-api';
import { mockItems, sampleTabView } from '@/tests/support/mock-data';
import { cleanup, click, key, mount, settle, text } from './dom';

afterEach(cleanup);

async function popup() {
  const api = createMockApi({ tab: { tabId: 7, view: sampleTabView() }, items: mockItems(3) });
  const m = mount(<Popup api={api} />);
  await settle();
  return { api, root: m.root };
}

const tabs = (root: HTMLElement) => [...root.querySelectorAll<HTMLButtonElement>('[role="tab"]')];
const visiblePanel = (root: HTMLElement) => root.querySelector<HTMLElement>('[role="tabpanel"]:not([hidden])');

describe('Popup tabs', () => {
  it('is a labelled tablist whose tabs control their panels', async () => {
    const { root } = await popup();
    expect(root.querySelector('[role="tablist"]')).not.toBeNull();
    const [page, wishlist] = tabs(root);
    expect(text(page)).toBe('On this page');
    expect(text(wishlist)).toBe('Wishlist');
    expect(page?.getAttribute('aria-selected')).toBe('true');
    for (const t of tabs(root)) {
      const panel = root.querySelector(`#${t.getAttribute('aria-controls')}`);
      expect(panel?.getAttribute('role')).toBe('tabpanel');
      expect(panel?.getAttribute('aria-labelledby')).toBe(t.id);
    }
    expect(visiblePanel(root)?.id).toBe('popup-panel-page');
  });

  it('keeps only the selected tab in the tab order', async () => {
    const { root } = await popup();
    expect(tabs(root).map((t) => t.tabIndex)).toEqual([0, -1]);
  });

  it('moves and selects with the arrow keys, Home and End, wrapping around', async () => {
    const { root } = await popup();
    const list = root.querySelector('[role="tablist"]');
    key(tabs(root)[0], 'ArrowRight');
    await settle();
    expect(tabs(root)[1]?.getAttribute('aria-selected')).toBe('true');
    expect(document.activeElement).toBe(tabs(root)[1]);
    expect(visiblePanel(root)?.id).toBe('popup-panel-wishlist');
    key(tabs(root)[1], 'ArrowRight');
    await settle();
    expect(tabs(root)[0]?.getAttribute('aria-selected')).toBe('true');
    key(list, 'End');
    await settle();
    expect(tabs(root)[1]?.getAttribute('aria-selected')).toBe('true');
    key(list, 'Home');
    await settle();
    expect(tabs(root)[0]?.getAttribute('aria-selected')).toBe('true');
    key(list, 'ArrowLeft');
    await settle();
    expect(tabs(root)[1]?.getAttribute('aria-selected')).toBe('true');
  });

  it('shows the wishlist when its tab is clicked', async () => {
    const { root } = await popup();
    click(tabs(root)[1]);
    await settle();
    expect(visiblePanel(root)?.querySelectorAll('article.item')).toHaveLength(3);
  });

  it('opens the full wishlist and the settings from the footer', async () => {
    const { api, root } = await popup();
    click([...root.querySelectorAll('footer button')].find((b) => text(b) === 'Open full wishlist'));
    click([...root.querySelectorAll('footer button')].find((b) => text(b) === 'Settings'));
    await settle();
    expect(api.calls).toContain('openWishlistPage');
    expect(api.calls).toContain('openOptionsPage');
  });
});
