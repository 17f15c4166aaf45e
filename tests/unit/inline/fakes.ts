import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { InlineApi } from '@/lib/inline/types';
import type { TabView } from '@/lib/protocol';
import { sampleTabView } from '@/lib/api/mock-data';

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
export function fakeInlineApi(opts: { view?: TabView | null; enabled?: boolean; failSave?: boolean } = {}) {
  let view = opts.view === undefined ? sampleTabView() : opts.view;
  const viewSubs = new Set<(v: TabView) => void>();
  const enabledSubs = new Set<(on: boolean) => void>();
  let enabled = opts.enabled ?? true;
  const saves: { index: number; save: boolean }[] = [];
  const api: InlineApi = {
    getTabView: async () => (view ? structuredClone(view) : null),
    onTabView(cb) {
      viewSubs.add(cb);
      return () => viewSubs.delete(cb);
    },
    async saveMention(index, save) {
      saves.push({ index, save });
      if (opts.failSave) throw new Error('background gone');
      if (!view) return null;
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
    push(v: TabView) {
      view = v;
      viewSubs.forEach((cb) => cb(structuredClone(v)));
    },
    setEnabled(on: boolean) {
      enabled = on;
      enabledSubs.forEach((cb) => cb(on));
    },
    subscribers: () => viewSubs.size + enabledSubs.size,
  };
}
