import { browser } from 'wxt/browser';
import { saveItem } from '../db';
import type { SaveItemInput } from '../db/types';
import type { Listing } from '../listing/types';
import type { TabView } from '../protocol';
import { retailerForUrl } from '../links';
import { readMenuLink } from './context-menu-link';
import { loadTabView, pushTabView } from './resolve-view';
import {
  canonicalNames,
  linkInput,
  mentionIndexForImage,
  mentionIndexForLink,
  mentionInput,
  nameFromUrl,
  soleMentionIndex,
  type PageInfo,
} from './context-menu-input';
import { showMenuOutcome, type MenuOutcome } from './context-menu-feedback';
import { withGazetteer } from './gazetteer-ready';

/** One item for links, pictures and pages: a linked picture shows it once, not twice in a submenu. */
export const MENU_ID = 'magpie-save';

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
  /**
   * The listing at a link when it is a product page Magpie could read (live prices on), a reason
   * when it could not try (the tab's shop-request budget is spent), else null.
   */
  resolveLink(
    url: string,
    name: string | null,
    retailer: string | null,
    tabId: number | null,
  ): Promise<Listing | string | null>;
  push(tabId: number): Promise<void>;
}

const realDeps: MenuDeps = {
  loadView: loadTabView,
  save: async (input) => (await saveItem(input)).id,
  resolveLink: (url, name, retailer, tabId) => readMenuLink(url, name, retailer, tabId),
  push: (tabId) => pushTabView(tabId),
};

function createMenus(): void {
  void browser.contextMenus.removeAll().then(() => {
    browser.contextMenus.create({ id: MENU_ID, title: 'Save to Magpie', contexts: ['link', 'image', 'page'] });
  });
}

const nothing = (reason: string): MenuOutcome => ({ saved: false, reason });

/** Why the page itself gave nothing to save. */
function pageReason(view: TabView | null): string {
  const n = view?.mentions.length ?? 0;
  return n > 1
    ? `This page recommends ${n} products: save them from Magpie’s toolbar button.`
    : 'Magpie found no product on this page.';
}

/**
 * What the reader right-clicked, as a product to save, or why there is none. Only products are
 * saved: the article's mention at that link or beside that picture, the listing behind a link
 * (read when live prices are on), or the page's own product (a shop's product page). A link,
 * picture or page that is not a product saves nothing.
 */
async function inputFor(
  info: MenuClick,
  view: TabView | null,
  page: PageInfo,
  tabId: number | null,
  deps: MenuDeps,
): Promise<SaveItemInput | string> {
  const sole = soleMentionIndex(view);
  if (info.linkUrl) {
    const at = mentionIndexForLink(view, info.linkUrl);
    if (view && at !== null) return mentionInput(view, at, 'article', info.srcUrl) ?? pageReason(view);
    const beside = info.srcUrl ? mentionIndexForImage(view, info.srcUrl) : null;
    if (view && beside !== null) return mentionInput(view, beside, 'article', info.srcUrl) ?? pageReason(view);
    const name = info.linkText?.trim() || nameFromUrl(info.linkUrl);
    const listing = await deps
      .resolveLink(info.linkUrl, name, retailerForUrl(info.linkUrl)?.name ?? null, tabId)
      .catch(() => null);
    if (typeof listing === 'string') return listing;
    if (listing?.title)
      return linkInput(info.linkUrl, info.linkText ?? null, page, listing) ?? 'Magpie found no product at this link.';
    return 'Magpie found no product at this link.';
  }
  if (info.srcUrl) {
    const beside = mentionIndexForImage(view, info.srcUrl) ?? sole;
    if (view && beside !== null)
      return mentionInput(view, beside, beside === sole ? 'page' : 'article', info.srcUrl) ?? pageReason(view);
    return 'Magpie found no product with this picture.';
  }
  if (view && sole !== null) return mentionInput(view, sole, 'page') ?? pageReason(view);
  return pageReason(view);
}

/** Handles one menu click: saves the product or says why nothing was saved. Never throws for bad input. */
export async function handleMenuClick(
  info: MenuClick,
  tab: { id?: number; title?: string; url?: string } | undefined,
  deps: MenuDeps = realDeps,
): Promise<MenuOutcome> {
  if (info.menuItemId !== MENU_ID) return nothing('Not a Magpie menu item.');
  const tabId = tab?.id !== undefined && tab.id >= 0 ? tab.id : null;
  const view = tabId === null ? null : await deps.loadView(tabId).catch(() => null);
  const page: PageInfo = {
    url: view?.pageUrl ?? info.pageUrl ?? tab?.url ?? null,
    title: view?.pageTitle || tab?.title || null,
  };
  const found = await inputFor(info, view, page, tabId, deps);
  if (typeof found === 'string') return nothing(found);
  const input = canonicalNames(found, page.url);
  const id = await deps.save(input);
  if (tabId !== null) await deps.push(tabId).catch(() => undefined);
  return { saved: true, id, name: [input.brand, input.name].filter(Boolean).join(' ') };
}

/**
 * Creates the "Save to Magpie" menu item at install/update and handles its clicks, confirming each on the toolbar
 * button.
 */
export function registerContextMenu(deps: MenuDeps = realDeps): void {
  // Firefox for Android has no context menus; everything else works there without them.
  if (!browser.contextMenus) return;
  browser.runtime.onInstalled.addListener(createMenus);
  const onClicked = (
    info: MenuClick,
    tab: { id?: number; title?: string; url?: string } | undefined,
  ): Promise<MenuOutcome> => {
    const tabId = tab?.id;
    return withGazetteer(() => handleMenuClick(info, tab, deps))
      .catch((err): MenuOutcome => {
        console.warn('[magpie] could not save from the menu', err);
        return nothing('Magpie could not save this. Try again.');
      })
      .then(async (outcome) => {
        if (tabId !== undefined && tabId >= 0) await showMenuOutcome(tabId, outcome).catch(() => undefined);
        return outcome;
      });
  };
  browser.contextMenus.onClicked.addListener((info, tab) => void onClicked(info, tab));
  // Headless browsers cannot open a context menu: test builds let e2e tests call the same handler.
  if (__MAGPIE_TEST_BUILD__) (globalThis as { magpieTestMenuClick?: typeof onClicked }).magpieTestMenuClick = onClicked;
}
