import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { InlineApi } from '@/lib/inline/types';
import type { TabDelta, TabView } from '@/lib/protocol';
import { sampleTabView } from '@/tests/support/mock-data';
import { indexOfMentionId, mentionIdOf } from '@/lib/mention-id';

/** The parts of WXT's ContentScriptContext the inline controls use, with a way to invalidate it. */
export function fakeCtx() {
  const onInvalid: (() => void)[] = [];
  const ctx = {
    options: {},
    isInvalid: false,
    onInvalidated(cb: () => void) {
      onInvalid.push(cb);
      return () => {};
    },
    setTimeout(cb: () => void, ms: number) {
      return window.setTimeout(cb, ms);
    },
  };
  return {
    ctx: ctx as unknown as ContentScriptContext,
    invalidate() {
      ctx.isInvalid = true;
      onInvalid.forEach((cb) => cb());
    },
  };
}

/** An InlineApi over a sample view, recording saves and letting a test push views and flip the setting. */
export function fakeInlineApi(opts: { view?: TabView | null; enabled?: boolean; failSave?: boolean | Error } = {}) {
  let view = opts.view === undefined ? sampleTabView() : opts.view;
  const viewSubs = new Set<(v: TabView) => void>();
  const deltaSubs = new Set<(d: TabDelta) => void>();
  const enabledSubs = new Set<(on: boolean) => void>();
  let enabled = opts.enabled ?? true;
  const saves: { index: number; save: boolean }[] = [];
  const savedIds: string[] = [];
  const api: InlineApi = {
    getTabView: async () => (view ? structuredClone(view) : null),
    onTabView(cb) {
      viewSubs.add(cb);
      return () => viewSubs.delete(cb);
    },
    onTabDelta(cb) {
      deltaSubs.add(cb);
      return () => deltaSubs.delete(cb);
    },
    async saveMention(mentionId, save) {
      // Like the background: the id is looked up in the view held now; an unknown one is refused.
      const index = view ? indexOfMentionId(view.mentions, mentionId) : -1;
      saves.push({ index, save });
      savedIds.push(mentionId);
      if (opts.failSave) throw opts.failSave instanceof Error ? opts.failSave : new Error('background gone');
      if (!view) return null;
      if (index < 0) throw new Error('That product is no longer on the page.');
      const id = save ? `id-${index}` : null;
      view = { ...view, savedIds: view.savedIds.map((s, i) => (i === index ? id : s)) };
      const pushed = structuredClone(view);
      queueMicrotask(() => viewSubs.forEach((cb) => cb(pushed)));
      return id;
    },
    watchEnabled(cb) {
      enabledSubs.add(cb);
      queueMicrotask(() => cb(enabled));
      return () => enabledSubs.delete(cb);
    },
  };
  return {
    api,
    saves,
    /** The mention ids the saves named, in order. */
    savedIds,
    push(v: TabView) {
      view = v;
      viewSubs.forEach((cb) => cb(structuredClone(v)));
    },
    /** Streams states as the background does: the view it holds takes them, subscribers get the delta. */
    pushDelta(delta: TabDelta) {
      if (view) {
        const states = view.states.slice();
        for (const c of delta.changes) states[c.index] = c.state;
        view = { ...view, states };
      }
      deltaSubs.forEach((cb) => cb(structuredClone(delta)));
    },
    setEnabled(on: boolean) {
      enabled = on;
      enabledSubs.forEach((cb) => cb(on));
    },
    subscribers: () => viewSubs.size + deltaSubs.size + enabledSubs.size,
  };
}

/** Entries for mention elements: element i stands for mention i of `view` (the sample view by default). */
export function entriesFor(elements: readonly Element[], view: TabView = sampleTabView()) {
  return elements.map((element, i) => ({
    element,
    id: view.mentions[i] ? mentionIdOf(view.mentions[i]) : `mfake${i}`,
  }));
}

/**
 * Records every shadow root created from now on, closed ones included, so a test can look inside
 * controls the way only the extension can. Returns the lookup and a function that stops recording.
 */
export function recordShadowRoots() {
  const roots = new WeakMap<Element, ShadowRoot>();
  const original = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (this: Element, init: ShadowRootInit) {
    const root = original.call(this, init);
    roots.set(this, root);
    return root;
  };
  return {
    rootOf(host: Element): ShadowRoot {
      const root = roots.get(host);
      if (!root) throw new Error('no shadow root recorded for this host');
      return root;
    },
    stop() {
      Element.prototype.attachShadow = original;
    },
  };
}

/** A click as the reader makes it: happy-dom has no isTrusted, and in a browser a page script cannot set it. */
export function trustedClick(el: Element): void {
  const event = new MouseEvent('click', { bubbles: true, composed: true, cancelable: true });
  Object.defineProperty(event, 'isTrusted', { value: true });
  el.dispatchEvent(event);
}

/**
 * A stand-in IntersectionObserver (happy-dom's never reports) that reports as a browser does: every
 * element once when it starts being observed (near or not), then each change. `show(el)` brings the
 * elements near the viewport, as the reader scrolling to them does, and `hide(el)` takes them away;
 * with `all`, every element is near from the start. Returns the observed count and a function that
 * restores the original.
 */
export function fakeIntersections(opts: { all?: boolean } = {}) {
  const original = globalThis.IntersectionObserver;
  type Rec = { cb: IntersectionObserverCallback; targets: Set<Element>; self: IntersectionObserver };
  const observers = new Set<Rec>();
  const near = new Set<Element>();
  const isNear = (el: Element) => opts.all === true || near.has(el);
  class FakeObserver {
    readonly rec: Rec;
    options: IntersectionObserverInit | undefined;
    constructor(cb: IntersectionObserverCallback, options?: IntersectionObserverInit) {
      this.options = options;
      this.rec = { cb, targets: new Set(), self: this as unknown as IntersectionObserver };
      observers.add(this.rec);
    }
    observe(el: Element) {
      if (this.rec.targets.has(el)) return;
      this.rec.targets.add(el);
      queueMicrotask(() => report(this.rec, [el]));
    }
    unobserve(el: Element) {
      this.rec.targets.delete(el);
    }
    disconnect() {
      this.rec.targets.clear();
      observers.delete(this.rec);
    }
  }
  function report(rec: Rec, els: Element[]) {
    const live = els.filter((el) => rec.targets.has(el));
    if (!live.length) return;
    rec.cb(
      live.map((target) => ({ target, isIntersecting: isNear(target) }) as IntersectionObserverEntry),
      rec.self,
    );
  }
  globalThis.IntersectionObserver = FakeObserver as unknown as typeof IntersectionObserver;
  return {
    show: (...els: Element[]) => {
      els.forEach((el) => near.add(el));
      observers.forEach((rec) => report(rec, els));
    },
    hide: (...els: Element[]) => {
      els.forEach((el) => near.delete(el));
      observers.forEach((rec) => report(rec, els));
    },
    observed: () => [...observers].reduce((n, rec) => n + rec.targets.size, 0),
    /** Whether `el` is among the observed elements. */
    watches: (el: Element) => [...observers].some((rec) => rec.targets.has(el)),
    restore: () => {
      globalThis.IntersectionObserver = original;
    },
  };
}

/** The stylesheet text a control's shadow root uses, adopted or in a <style>. */
export function cssOf(root: ShadowRoot): string {
  const inline = [...root.querySelectorAll('style')].map((s) => s.textContent ?? '');
  const adopted = root.adoptedStyleSheets.map((sheet) => [...sheet.cssRules].map((r) => r.cssText).join('\n'));
  return [...inline, ...adopted].join('\n');
}
