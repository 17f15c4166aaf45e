import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import * as local from '@/lib/page-work';
import * as remote from '@/lib/page-work/offscreen-client';
import { serveOffscreen } from '@/lib/page-work/offscreen-server';
import { MAX_SHOP_HTML_CHARS, PAGE_SNAPSHOT_MAX_CHARS } from '@/lib/protocol';
import type { MessageSender } from '@/lib/protocol/messaging';
import { snapshotPage } from '@/lib/content/snapshot';
import { fixtures, happyDoc } from '../detect/helpers';
import { loadRetailFixtures } from '../listing/fixtures';
import { fakeConnections, posted } from './fake-ports';

// Chromium's worker build swaps lib/page-work for the offscreen client: both must offer the same functions.
const sameFunctions: typeof local = remote;

const worker = { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/background.js') };
/** Who Chromium names as the sender of the worker's messages (a test changes it to an intruder). */
let sender: MessageSender = { ...worker };
let open = false;
let stopServing: (() => void) | null = null;
const ports = fakeConnections(() => sender);

// Chromium's offscreen API as the worker sees it: creating the document loads entrypoints/offscreen, which serves.
const offscreen = {
  createDocument: vi.fn(async () => {
    if (open) throw new Error('Only a single offscreen document may be created.');
    open = true;
    stopServing = serveOffscreen(ports.onConnect, worker);
  }),
  closeDocument: vi.fn(async () => {
    open = false;
    stopServing?.();
    stopServing = null;
    ports.closeAll();
  }),
};
Object.assign(fakeBrowser, { offscreen });
const connect = vi.fn(ports.connect);
Object.assign(fakeBrowser.runtime, { connect, getContexts: vi.fn(async () => (open ? [{}] : [])) });

const seed = fixtures('articles').find((a) => a.file === 'micro-purses-2018.html')!;
const snapshot = { pageUrl: seed.expected.pageUrl, html: snapshotPage(happyDoc(seed.html)).html, truncated: false };
const searchPage = `<div><a href="/p/black-nano-milner-bag/2">Sophie Hulme Black Nano Milner Bag</a>
  <a href="/p/yellow-moon-bag/3">STAUD Yellow Moon Bag</a><a href="https://evil.example/p/1">Nano Milner</a></div>`;
const query = { brand: 'Sophie Hulme', name: 'Black Nano Milner Bag' };

beforeEach(() => {
  sender = { ...worker };
  posted.length = 0;
  vi.clearAllMocks();
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});

describe('the offscreen client (Chromium’s worker)', () => {
  it('has the detector read a snapshot in the document as the worker would: one document for concurrent asks', async () => {
    expect(sameFunctions).toBe(remote);
    const [a, b] = await Promise.all([remote.findInSnapshot(snapshot), remote.findInSnapshot(snapshot)]);
    expect(a.mentions).toHaveLength(19);
    expect(a).toEqual(await local.findInSnapshot(snapshot));
    expect(b).toEqual(a);
    expect(offscreen.createDocument).toHaveBeenCalledTimes(1);
  });

  it('reads listings and search links there as the worker would', async () => {
    for (const f of loadRetailFixtures()) {
      expect(await remote.extractListing(f.html, f.url), f.name).toEqual(await local.extractListing(f.html, f.url));
    }
    const url = 'https://www.shop.example/search?q=bag';
    const links = await remote.searchLinks(searchPage, url, query, 3);
    expect(links[0]).toBe('https://www.shop.example/p/black-nano-milner-bag/2');
    expect(links).toEqual(await local.searchLinks(searchPage, url, query, 3));
    // The document made for the first test is still there.
    expect(offscreen.createDocument).not.toHaveBeenCalled();
  });

  it('re-creates the document when it is gone', async () => {
    await offscreen.closeDocument();
    const got = await remote.searchLinks(searchPage, 'https://www.shop.example/s', query, 3);
    expect(got).toHaveLength(1);
    expect(offscreen.createDocument).toHaveBeenCalledTimes(1);
  });

  it('gets nothing from a document that answers only Magpie’s own worker', async () => {
    for (const intruder of [
      { ...worker, tab: { id: 3 } as MessageSender['tab'] },
      { ...worker, url: 'https://mag.example/' },
      { ...worker, id: 'another-extension' },
    ]) {
      // The sender is checked when a port opens: start from a fresh one.
      ports.closeAll();
      sender = intruder;
      expect(await remote.findInSnapshot(snapshot)).toEqual({ mentions: [], at: [], ids: [] });
      expect(await remote.extractListing('<h1>Bag</h1>', 'https://shop.example/p')).toBeNull();
      expect(await remote.searchLinks(searchPage, 'https://www.shop.example/s', query, 3)).toEqual([]);
    }
  });

  it('reads a failure to open the document as nothing found', async () => {
    await offscreen.closeDocument();
    offscreen.createDocument.mockRejectedValue(new Error('offscreen is not available'));
    expect(await remote.findInSnapshot(snapshot)).toEqual({ mentions: [], at: [], ids: [] });
    expect(await remote.extractListing('<h1>Bag</h1>', 'https://shop.example/p')).toBeNull();
    expect(await remote.searchLinks(searchPage, 'https://www.shop.example/s', query, 3)).toEqual([]);
    expect(offscreen.createDocument).toHaveBeenCalledTimes(3);
    offscreen.createDocument.mockReset();
  });

  it('asks over a port only the document listens on, not by a message every extension page would parse', async () => {
    const onMessage = vi.fn();
    fakeBrowser.runtime.onMessage.addListener(onMessage);
    expect(await remote.searchLinks(searchPage, 'https://www.shop.example/s', query, 3)).toHaveLength(1);
    expect(onMessage).not.toHaveBeenCalled();
    fakeBrowser.runtime.onMessage.removeListener(onMessage);
  });

  it('sends shop pages cut to the cap, and no request the document would refuse', async () => {
    if (!open) await offscreen.createDocument();
    // An intruder's port is closed unheard, so the document does no work on the page: only what was sent counts.
    ports.closeAll();
    sender = { ...worker, url: 'https://mag.example/' };
    await remote.extractListing('x'.repeat(MAX_SHOP_HTML_CHARS + 10), 'https://shop.example/p');
    const sent = posted[0] as { data: { html: string } };
    expect(sent.data.html).toHaveLength(MAX_SHOP_HTML_CHARS);
    posted.length = 0;
    const huge = { ...snapshot, html: 'x'.repeat(PAGE_SNAPSHOT_MAX_CHARS * 2 + 1) };
    expect(await remote.findInSnapshot(huge)).toEqual({ mentions: [], at: [], ids: [] });
    expect(await remote.extractListing('<h1>Bag</h1>', 'file:///etc/passwd')).toBeNull();
    expect(await remote.searchLinks(searchPage, 'https://www.shop.example/s', query, 99)).toEqual([]);
    expect(posted).toEqual([]);
  });
});
