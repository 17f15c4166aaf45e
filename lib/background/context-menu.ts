import { browser } from 'wxt/browser';
import { saveItem } from '../db';
import type { SaveItemInput } from '../db/types';
import type { Listing } from '../listing/types';
import type { TabView } from '../protocol';
import { retailerForUrl } from '../links';
import { resolveMention } from '../resolve/resolver';
import { defaultDeps } from '../resolve/default-deps';
import { backgroundFetcher } from './resolve-fetcher';
import { loadTabView, pushTabView } from './resolve-view';
import { imageInput, linkInput, mentionInput, nameFromUrl, pageInput, soleMentionIndex, type PageInfo } from './context-menu-input';

export const MENU_IDS = { link: 'magpie-save-link', image: 'magpie-save-image', page: 'magpie-save-page' } as const;

/** What a menu click hands over, in the shape both browsers share (linkText is Firefox only). */
export interface MenuClick {
  menuItemId: string | number;
  linkUrl?: string;
  linkText?: string;
  srcUrl?: string;
  pageUrl?: string;
}

/** What the click handler needs; the defaults are the real background, tests pass their own. */
export interface MenuDeps {
  loadView(tabId: number): Promise<TabView | null>;
  save(input: SaveItemInput): Promise<string>;
  resolveLink(url: string, name: string | null, retailer: string | null): Promise<Listing | null>;
  push(tabId: number): Promise<void>;
}

const realDeps: MenuDeps = {
  loadView: loadTabView,
  save: async (input) => (await saveItem(input)).id,
  async resolveLink(url, name, retailer) {
    const deps = defaultDeps(await backgroundFetcher());
    const state = await resolveMention({ brand: null, name: name ?? '', price: null, retailer, url }, deps);
    return state.status === 'resolved' ? state.listing : null;
  },
  push: (tabId) => pushTabView(tabId),
};

function createMenus(): void {
  const title = 'Save to Magpie';
  void browser.contextMenus.removeAll().then(() => {
    browser.contextMenus.create({ id: MENU_IDS.link, title, contexts: ['link'] });
    browser.contextMenus.create({ id: MENU_IDS.image, title, contexts: ['image'] });
    browser.contextMenus.create({ id: MENU_IDS.page, title, contexts: ['page'] });
  });
}

/**
 * Saves what the reader right-clicked. A link: the page's mention with that link if there is
 * one, else the link resolved to its listing, else the link itself. A picture: the page's
 * product when the page has exactly one, else the picture. The page: its product when it has
 * exactly one, else the page. Returns the saved item's id, or null when nothing could be saved.
 */
export async function handleMenuClick(info: MenuClick, tab: { id?: number; title?: string; url?: string } | undefined, deps: MenuDeps = realDeps): Promise<string | null> {
  const tabId = tab?.id !== undefined && tab.id >= 0 ? tab.id : null;
  const view = tabId === null ? null : await deps.loadView(tabId).catch(() => null);
  const page: PageInfo = { url: view?.pageUrl ?? info.pageUrl ?? tab?.url ?? null, title: view?.pageTitle || tab?.title || null };
  const sole = soleMentionIndex(view);
  let input: SaveItemInput | null = null;

  if (info.menuItemId === MENU_IDS.link && info.linkUrl) {
    const index = view?.mentions.findIndex((m) => m.url === info.linkUrl) ?? -1;
    if (view && index >= 0) input = mentionInput(view, index, 'article');
    else {
      const name = info.linkText?.trim() || nameFromUrl(info.linkUrl);
      const listing = await deps.resolveLink(info.linkUrl, name, retailerForUrl(info.linkUrl)?.name ?? null).catch(() => null);
      input = linkInput(info.linkUrl, info.linkText ?? null, page, listing);
    }
  } else if (info.menuItemId === MENU_IDS.image && info.srcUrl) {
    input = view && sole !== null ? mentionInput(view, sole, 'page', info.srcUrl) : imageInput(info.srcUrl, null, page);
  } else if (info.menuItemId === MENU_IDS.page) {
    input = view && sole !== null ? mentionInput(view, sole, 'page') : pageInput(page);
  }
  if (!input) return null;
  const id = await deps.save(input);
  if (tabId !== null) await deps.push(tabId).catch(() => undefined);
  return id;
}

/** Creates the "Save to Magpie" menu items at install/update and handles their clicks. */
export function registerContextMenu(deps: MenuDeps = realDeps): void {
  // Firefox for Android has no context menus; everything else works there without them.
  if (!browser.contextMenus) return;
  browser.runtime.onInstalled.addListener(createMenus);
  browser.contextMenus.onClicked.addListener((info, tab) => {
    handleMenuClick(info, tab, deps).catch((err) => console.warn('[magpie] could not save from the menu', err));
  });
}
