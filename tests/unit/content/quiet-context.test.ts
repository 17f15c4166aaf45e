import { afterEach, describe, expect, it, vi } from 'vitest';
import { ContentScriptContext } from '@/lib/content/quiet-context';

// What WXT 0.20's own context sends and listens for, named as it names them.
const STARTED = `${'test-extension-id'}:content:wxt:content-script-started`;

afterEach(() => vi.restoreAllMocks());

describe("Magpie's content-script context", () => {
  it('announces nothing to the page when it starts', () => {
    const posted = vi.spyOn(window, 'postMessage');
    const onDoc = vi.spyOn(document, 'dispatchEvent');
    const onWin = vi.spyOn(window, 'dispatchEvent');
    const ctx = new ContentScriptContext('content', {});
    expect(ctx.isValid).toBe(true);
    expect(posted).not.toHaveBeenCalled();
    expect(onDoc).not.toHaveBeenCalled();
    expect(onWin).not.toHaveBeenCalled();
  });

  it('cannot be stopped by a page replaying WXT’s start-up message', async () => {
    const ctx = new ContentScriptContext('content', {});
    for (const name of [STARTED, `magpie@magpie-extension.org:content:wxt:content-script-started`]) {
      document.dispatchEvent(new CustomEvent(name, { detail: { contentScriptName: 'content', messageId: 'page' } }));
      window.postMessage({ type: name, contentScriptName: 'content', messageId: 'page' }, '*');
    }
    await new Promise((r) => setTimeout(r, 10));
    expect(ctx.isInvalid).toBe(false);
  });

  it('tells listeners about URL changes without firing an event on the page', async () => {
    vi.useFakeTimers();
    try {
      const ctx = new ContentScriptContext('content', {});
      const onWin = vi.spyOn(window, 'dispatchEvent');
      const seen: string[] = [];
      ctx.addEventListener(window, 'wxt:locationchange', (e: { newUrl: URL }) => seen.push(e.newUrl.pathname));
      history.pushState({}, '', '/moved-on');
      await vi.advanceTimersByTimeAsync(1500);
      expect(seen).toEqual(['/moved-on']);
      expect(onWin).not.toHaveBeenCalled();
      ctx.abort();
      history.pushState({}, '', '/again');
      await vi.advanceTimersByTimeAsync(1500);
      expect(seen).toEqual(['/moved-on']);
      expect(vi.getTimerCount()).toBe(0);
    } finally {
      vi.useRealTimers();
    }
  });

  it('uses the Navigation API where there is one: no timer, and events the page fires count for nothing', async () => {
    vi.useFakeTimers();
    // happy-dom has no Navigation API: a stand-in that fires `currententrychange` as Chromium's does.
    const navigation = new EventTarget();
    const trusted = () => {
      const e = new Event('currententrychange');
      Object.defineProperty(e, 'isTrusted', { value: true });
      return e;
    };
    Object.defineProperty(globalThis, 'navigation', { value: navigation, configurable: true });
    try {
      const ctx = new ContentScriptContext('content', {});
      const seen: string[] = [];
      ctx.addEventListener(window, 'wxt:locationchange', (e: { newUrl: URL }) => seen.push(e.newUrl.pathname));
      expect(vi.getTimerCount()).toBe(0);
      history.pushState({}, '', '/by-navigation');
      // The page's own event, fired after a URL change Magpie has not been told of yet: ignored.
      navigation.dispatchEvent(new Event('currententrychange'));
      expect(seen).toEqual([]);
      navigation.dispatchEvent(trusted());
      navigation.dispatchEvent(trusted());
      expect(seen).toEqual(['/by-navigation']);
      ctx.abort();
      history.pushState({}, '', '/after-the-end');
      navigation.dispatchEvent(trusted());
      expect(seen).toEqual(['/by-navigation']);
    } finally {
      delete (globalThis as { navigation?: unknown }).navigation;
      vi.useRealTimers();
    }
  });

  it('ends its listeners and timers with it', () => {
    const ctx = new ContentScriptContext('content', {});
    const heard = vi.fn();
    ctx.addEventListener(document, 'click', heard);
    const later = vi.fn();
    ctx.setTimeout(later, 0);
    ctx.abort();
    document.dispatchEvent(new Event('click'));
    expect(heard).not.toHaveBeenCalled();
    expect(ctx.isInvalid).toBe(true);
  });
});
