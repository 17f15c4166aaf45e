import { afterEach, describe, expect, it } from 'vitest';
import { Popup } from '@/components/Popup';
import { createMockApi } from '@/tests/support/mock-api';
import { sampleTabView } from '@/tests/support/mock-data';
import { allByText, byText, cleanup, click, mount, settle, text } from './dom';

afterEach(cleanup);

async function popup(api = createMockApi({ tab: { tabId: 7, view: sampleTabView() } })) {
  const m = mount(<Popup api={api} />);
  await settle();
  return { api, root: m.root };
}

const saveButton = (root: HTMLElement, name: string) => {
  const card = byText(root, 'li.card', name);
  return card.querySelector('button.save') as HTMLButtonElement;
};

describe('Popup: On this page', () => {
  it('lists every mention with its resolve state', async () => {
    const { root } = await popup();
    const cards = root.querySelectorAll('li.card');
    expect(cards).toHaveLength(5);
    expect(text(root.querySelector('.page-count'))).toBe('5 products');
    expect(byText(root, 'li.card', 'Le Chiquito').querySelector('.state-resolved')).not.toBeNull();
    expect(byText(root, 'li.card', 'Ark Small Bag').querySelector('.state-pending')).not.toBeNull();
    expect(byText(root, 'li.card', 'Bonsai 15').querySelector('.state-not-found a')).not.toBeNull();
    expect(text(byText(root, 'li.card', 'Rennie Pouch').querySelector('.state-unavailable'))).toContain(
      'did not answer',
    );
  });

  it('leaves pending checks to the background, and checks again on request once all settled', async () => {
    const view = sampleTabView();
    const { api, root } = await popup(createMockApi({ tab: { tabId: 7, view }, livePrices: true }));
    expect(api.calls).not.toContain('resolveTab');
    expect(allByText(root, 'button', 'Check prices again')).toHaveLength(0);
    api.setState(2, { status: 'not-found', searchUrl: null });
    await settle();
    click(byText(root, 'button', 'Check prices again'));
    await settle();
    expect(api.calls).toContain('resolveTab');
  });

  it('shows a progress bar while any mention is pending, and updates on a pushed view', async () => {
    const { api, root } = await popup();
    const bar = root.querySelector('[role="progressbar"]');
    expect(bar?.getAttribute('aria-valuenow')).toBe('4');
    expect(bar?.getAttribute('aria-valuemax')).toBe('5');
    api.setState(2, { status: 'unavailable', reason: 'Out of reach' });
    await settle();
    expect(root.querySelector('[role="progressbar"]')).toBeNull();
    expect(text(byText(root, 'li.card', 'Ark Small Bag').querySelector('.state-unavailable .state-note'))).toBe(
      'Out of reach',
    );
  });

  it('ignores views pushed for other tabs', async () => {
    const { api, root } = await popup();
    const other = sampleTabView();
    other.mentions = other.mentions.slice(0, 1);
    other.states = other.states.slice(0, 1);
    other.savedIds = [null];
    api.pushTabView(99, other);
    await settle();
    expect(root.querySelectorAll('li.card')).toHaveLength(5);
    api.pushTabView(7, other);
    await settle();
    expect(root.querySelectorAll('li.card')).toHaveLength(1);
  });

  it('toggles save with aria-pressed and stores the item', async () => {
    const { api, root } = await popup();
    click(saveButton(root, 'Le Chiquito'));
    await settle();
    expect(saveButton(root, 'Le Chiquito').getAttribute('aria-pressed')).toBe('true');
    expect(api.items().map((i) => i.name)).toEqual(['Le Chiquito Mini Bag']);
    const saved = api.items()[0]!;
    expect(saved.currentPrice).toBe(395);
    expect(saved.mentionUrl).toBe('https://www.net-a-porter.com/en-gb/shop/product/jacquemus/le-chiquito/1234');
    // The toggle's pressed state is the one announcement; the live region stays quiet.
    expect(text(root.querySelector('.popup main > [role="status"]'))).toBe('');
    click(saveButton(root, 'Le Chiquito'));
    await settle();
    expect(saveButton(root, 'Le Chiquito').getAttribute('aria-pressed')).toBe('false');
    expect(api.items()).toHaveLength(0);
  });

  it('saves all unsaved mentions with one button', async () => {
    const { api, root } = await popup();
    click(saveButton(root, 'Rennie'));
    await settle();
    const all = byText(root, 'button', 'Save all');
    expect(text(all)).toBe('Save all (4)');
    click(all);
    await settle(12);
    expect(api.items()).toHaveLength(5);
    expect(root.querySelectorAll('button.save[aria-pressed="true"]')).toHaveLength(5);
    expect(allByText(root, 'button', 'All saved')[0]?.getAttribute('aria-disabled')).toBe('true');
  });

  it('shows an error when saving fails and leaves the toggle off', async () => {
    const api = createMockApi({
      tab: { tabId: 7, view: sampleTabView() },
      failing: { saveMention: 'database is closed' },
    });
    const { root } = await popup(api);
    click(saveButton(root, 'Staud'));
    await settle();
    expect(text(root.querySelector('.problem[role="alert"]'))).toContain('database is closed');
    expect(saveButton(root, 'Staud').getAttribute('aria-pressed')).toBe('false');
  });

  it('says so when the page has no products', async () => {
    const view = { ...sampleTabView(), mentions: [], states: [], savedIds: [] };
    const { root } = await popup(createMockApi({ tab: { tabId: 1, view } }));
    expect(text(root)).toContain('No products found on this page');
    expect(root.querySelector('li.card')).toBeNull();
  });

  it('says so when there is no page at all', async () => {
    const { root } = await popup(createMockApi({ tab: null }));
    expect(text(root)).toContain('No products found on this page');
  });

  it('shows a loading state, then an error with a working retry', async () => {
    const api = createMockApi({
      tab: { tabId: 7, view: sampleTabView() },
      failing: { getActiveTabView: 'no connection' },
    });
    const m = mount(<Popup api={api} />);
    expect(m.root.querySelector('[aria-busy="true"]')).not.toBeNull();
    await settle();
    expect(text(m.root.querySelector('[role="tabpanel"]:not([hidden]) [role="alert"]'))).toContain('no connection');
    api.setFailing('getActiveTabView', undefined);
    click(m.root.querySelector('[role="tabpanel"]:not([hidden]) [role="alert"] button'));
    await settle();
    expect(m.root.querySelectorAll('li.card')).toHaveLength(5);
  });

  it('offers live prices when not granted, explains why, and re-resolves once granted', async () => {
    const { api, root } = await popup();
    const banner = root.querySelector('.banner');
    expect(text(banner)).toContain('The browser asks you first');
    click(byText(root, 'button', 'Turn on live prices'));
    await settle();
    expect(api.livePricesGranted()).toBe(true);
    expect(root.querySelector('.banner')).toBeNull();
    expect(text(root.querySelector('.notice[role="status"]'))).toContain('Live prices are on');
    expect(api.calls.filter((c) => c === 'resolveTab')).toHaveLength(1);
  });

  it('keeps the banner with a note when the permission is refused', async () => {
    const api = createMockApi({ tab: { tabId: 7, view: sampleTabView() }, grantLivePrices: false });
    const { root } = await popup(api);
    click(byText(root, 'button', 'Turn on live prices'));
    await settle();
    expect(text(root.querySelector('.banner [role="status"]'))).toContain('Live prices stay off');
    expect(root.querySelector('.banner')).not.toBeNull();
  });

  it('hides the banner when live prices are already on', async () => {
    const { root } = await popup(createMockApi({ tab: { tabId: 7, view: sampleTabView() }, livePrices: true }));
    expect(root.querySelector('.banner')).toBeNull();
  });

  it('renders hostile page strings as text, never as HTML', async () => {
    const view = sampleTabView();
    const evil = '<img src=x onerror=alert(1)>';
    view.mentions[0] = { ...view.mentions[0]!, brand: evil, name: `<script>alert(2)</script>`, retailer: evil };
    view.pageTitle = evil;
    const { root } = await popup(createMockApi({ tab: { tabId: 7, view } }));
    expect(root.querySelector('img[src="x"]')).toBeNull();
    expect(root.querySelector('script')).toBeNull();
    expect(text(root.querySelector('.page-title'))).toBe(evil);
    expect(text(root.querySelector('li.card .brand'))).toBe(evil);
  });
});

describe('Popup: the answer to a live-price request made before the popup closed', () => {
  it('says live prices stayed off when the browser’s request was declined', async () => {
    const api = createMockApi({ tab: { tabId: 7, view: sampleTabView() }, livePricesAsked: true, livePrices: false });
    const { root } = await popup(api);
    expect(text(root.querySelector('.banner [role="status"]'))).toContain('Live prices stay off');
  });

  it('says live prices are on when they were granted', async () => {
    const api = createMockApi({ tab: { tabId: 7, view: sampleTabView() }, livePricesAsked: true, livePrices: true });
    const { root } = await popup(api);
    expect(text(root.querySelector('.notice[role="status"]'))).toContain('Live prices are on');
    expect(root.querySelector('.banner')).toBeNull();
  });

  it('says nothing when nothing was asked, and each answer only once', async () => {
    const api = createMockApi({ tab: { tabId: 7, view: sampleTabView() }, livePricesAsked: true });
    await popup(api);
    cleanup();
    const { root } = await popup(api);
    expect(text(root.querySelector('.banner [role="status"]'))).toBe('');
  });
});
