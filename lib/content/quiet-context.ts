import { browser } from 'wxt/browser';

/**
 * Magpie's content-script context: the API of WXT's ContentScriptContext (an AbortController
 * whose timers, listeners and UIs end with the script) without its page-visible signals.
 *
 * WXT 0.20's context announces every start on the page — `window.postMessage` and a CustomEvent
 * on `document`, both named `<extension id>:content:wxt:content-script-started` — and shuts the
 * script down when it sees that CustomEvent from "another copy". The extension id is public (the
 * store's id in Chrome, the gecko id in Firefox), so any page could detect Magpie from the
 * announcement and switch it off by replaying it; `wxt:locationchange` is likewise a window event
 * a page can listen for. Magpie injects its content script only from the manifest, never a second
 * copy into a live page, so it needs none of this: wxt.config.ts aliases
 * `wxt/utils/content-script-context` to this module, and this context never dispatches, posts or
 * listens for anything on the page. It ends only when the extension goes away (an update or
 * uninstall leaves `browser.runtime.id` undefined) or `abort` is called.
 */
export class ContentScriptContext implements AbortController {
  private readonly controller = new AbortController();
  private locationWatched = false;
  private readonly locationListeners = new Set<(newUrl: URL, oldUrl: URL) => void>();

  constructor(
    readonly contentScriptName: string = 'content',
    readonly options?: Record<string, unknown>,
  ) {}

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  abort(reason?: unknown): void {
    this.controller.abort(reason);
  }

  /** True once the context ended; also ends it when the extension that ran it is gone. */
  get isInvalid(): boolean {
    if (!this.signal.aborted && browser.runtime?.id == null) this.notifyInvalidated();
    return this.signal.aborted;
  }

  get isValid(): boolean {
    return !this.isInvalid;
  }

  onInvalidated(cb: () => void): () => void {
    this.signal.addEventListener('abort', cb);
    return () => this.signal.removeEventListener('abort', cb);
  }

  block<T>(): Promise<T> {
    return new Promise(() => {});
  }

  setInterval(handler: () => void, timeout?: number): number {
    const id = setInterval(() => this.isValid && handler(), timeout) as unknown as number;
    this.onInvalidated(() => clearInterval(id));
    return id;
  }

  setTimeout(handler: () => void, timeout?: number): number {
    const id = setTimeout(() => this.isValid && handler(), timeout) as unknown as number;
    this.onInvalidated(() => clearTimeout(id));
    return id;
  }

  requestAnimationFrame(callback: FrameRequestCallback): number {
    const id = requestAnimationFrame((t) => this.isValid && callback(t));
    this.onInvalidated(() => cancelAnimationFrame(id));
    return id;
  }

  requestIdleCallback(callback: IdleRequestCallback, options?: IdleRequestOptions): number {
    const id = requestIdleCallback((d) => !this.signal.aborted && callback(d), options);
    this.onInvalidated(() => cancelIdleCallback(id));
    return id;
  }

  /**
   * Adds a listener that ends with the context. `wxt:locationchange` (same-document URL changes)
   * is served privately: the handler is called directly, never through an event on the page.
   */
  addEventListener(
    target: EventTarget,
    type: string,
    handler: (event: never) => void,
    options?: AddEventListenerOptions,
  ): void {
    if (type === 'wxt:locationchange') {
      const cb = (newUrl: URL, oldUrl: URL) =>
        (handler as (e: { newUrl: URL; oldUrl: URL }) => void)({ newUrl, oldUrl });
      this.locationListeners.add(cb);
      this.onInvalidated(() => this.locationListeners.delete(cb));
      this.watchLocation();
      return;
    }
    target.addEventListener(type, handler as EventListener, { ...options, signal: this.signal });
  }

  notifyInvalidated(): void {
    this.abort('Content script context invalidated');
  }

  // Where the browser has the Navigation API (Chromium), its `currententrychange` tells of every same-document URL
  // change (pushState, replaceState, a new fragment, back and forward); elsewhere (Firefox) the URL is polled once a
  // second, as WXT does. A timer on every page, forever, is work a page that never changes its URL should not pay.
  // Neither is anything the page sees, and an event the page fires itself is ignored.
  private watchLocation(): void {
    if (this.locationWatched || this.isInvalid) return;
    this.locationWatched = true;
    // The address as a string: parsing it on every check would cost each page a little, forever.
    let last = location.href;
    const check = () => {
      const now = location.href;
      if (now === last) return;
      const old = last;
      last = now;
      for (const cb of this.locationListeners) cb(new URL(now), new URL(old));
    };
    const navigation = (globalThis as { navigation?: EventTarget }).navigation;
    if (typeof navigation?.addEventListener === 'function') {
      navigation.addEventListener('currententrychange', (e) => e.isTrusted && this.isValid && check(), {
        signal: this.signal,
      });
      return;
    }
    this.setInterval(check, 1000);
  }
}
