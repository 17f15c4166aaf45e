import { afterEach, describe, expect, it } from 'vitest';
import { Popup } from '@/components/Popup';
import { createMockApi } from '@/tests/support/mock-api';
import { parseTabMentions } from '@/lib/protocol';
import { isTabView } from '@/lib/protocol/tab-view';
import { byText, cleanup, click, mount, settle, text } from './dom';

afterEach(cleanup);

const offView = {
  pageUrl: 'https://www.vogue.example/',
  pageTitle: '',
  mentions: [],
  states: [],
  savedIds: [],
  off: 'site' as const,
};

describe('a site the reader switched off', () => {
  it('says so with a one-click switch instead of "No products found"', async () => {
    const api = createMockApi({
      tab: { tabId: 4, view: offView },
      settings: { detectionOffSites: ['vogue.example', 'other.example'] },
    });
    const { root } = mount(<Popup api={api} />);
    await settle();
    expect(text(root)).not.toContain('No products found');
    expect(text(root.querySelector('.placeholder-title'))).toBe('Magpie is switched off on www.vogue.example');
    click(byText(root, 'button', 'Turn on for www.vogue.example'));
    await settle();
    expect(api.settings().detectionOffSites).toEqual(['other.example']);
    expect(text(root.querySelector('.placeholder [role="status"]'))).toContain('Magpie is on again');
  });

  it('reads the host from the tab when the page sent nothing (it failed the pre-check)', async () => {
    const api = createMockApi({
      tab: { tabId: 4, view: null },
      tabHosts: { 4: 'www.vogue.example' },
      settings: { detectionOffSites: ['vogue.example'] },
    });
    const { root } = mount(<Popup api={api} />);
    await settle();
    expect(text(root.querySelector('.placeholder-title'))).toBe('Magpie is switched off on www.vogue.example');
    click(byText(root, 'button', 'Turn on for www.vogue.example'));
    await settle();
    expect(api.settings().detectionOffSites).toEqual([]);
  });

  it('says "No products found" when the tab\'s site is not switched off', async () => {
    const api = createMockApi({
      tab: { tabId: 4, view: null },
      tabHosts: { 4: 'www.elle.example' },
      settings: { detectionOffSites: ['vogue.example'] },
    });
    const { root } = mount(<Popup api={api} />);
    await settle();
    expect(text(root)).toContain('No products found');
  });

  it('offers to switch Magpie back on when it is off everywhere', async () => {
    const api = createMockApi({ tab: { tabId: 4, view: null }, settings: { detection: false } });
    const { root } = mount(<Popup api={api} />);
    await settle();
    click(byText(root, 'button', 'Turn Magpie on'));
    await settle();
    expect(api.settings().detection).toBe(true);
  });

  it('still says "No products found" on a page Magpie reads', async () => {
    const api = createMockApi({ tab: { tabId: 4, view: { ...offView, off: undefined } } });
    const { root } = mount(<Popup api={api} />);
    await settle();
    expect(text(root)).toContain('No products found');
  });

  it('the report crosses the boundary only without mentions', () => {
    expect(parseTabMentions({ pageUrl: 'https://a.example/', pageTitle: '', mentions: [], off: 'site' })?.off).toBe(
      'site',
    );
    const m = { brand: null, name: 'X', price: null, retailer: null, url: null };
    expect(
      parseTabMentions({ pageUrl: 'https://a.example/', pageTitle: '', mentions: [m], off: 'site' })?.off,
    ).toBeUndefined();
    expect(isTabView(offView)).toBe(true);
    expect(isTabView({ ...offView, off: 'everything' })).toBe(false);
  });
});
