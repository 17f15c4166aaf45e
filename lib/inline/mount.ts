import { h, render } from 'preact';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { TabView } from '../protocol';
import { InlineControl } from './InlineControl';
import { INLINE_CSS } from './inline-css';
import { placementFor } from './placement';
import { mentionIdOf } from '../mention-id';
import { backgroundTone, type Tone } from './page-tone';
import type { InlineApi, InlineControls, InlineEntry } from './types';

/** Events that stay inside the control, so page scripts never react to clicks and keys meant for it. */
const ISOLATED_EVENTS = ['click', 'dblclick', 'mousedown', 'mouseup', 'pointerdown', 'pointerup', 'touchstart', 'touchend', 'keydown', 'keyup', 'keypress'];
const ERROR_MS = 4000;
/**
 * After a remove on the article, the control reads "Undo" this long: pressing it saves the item
 * again, and a save within 30 days brings back its notes, tags and history (lib/db soft delete),
 * so one click never loses them.
 */
export const UNDO_MS = 10_000;

/** Marks the page elements that already carry a control, so mounting twice replaces rather than doubles. */
const controlled = new WeakMap<Element, () => void>();

type Ui = ShadowRootContentScriptUi<HTMLElement>;

/**
 * Puts a save control beside each detected mention, each in its own closed shadow root so the
 * page's styles and ours never mix and the page's scripts cannot reach in (read the saved state,
 * click the button). Controls act only on trusted (reader-made) clicks and save by mention id, so
 * a report the page triggers meanwhile cannot redirect a click. They follow the tab's view (saved
 * state, current price) as the background pushes it, appear and disappear with the inline-controls
 * setting, and go away with the content script's context. Saving goes through the background;
 * nothing here touches storage.
 */
export async function mountInlineControls(
  ctx: ContentScriptContext,
  entries: readonly InlineEntry[],
  api: InlineApi,
): Promise<InlineControls> {
  let view: TabView | null = null;
  // Where each mention id sits in the current view; rebuilt with every view.
  let at = new Map<string, number>();
  let uis: { ui: Ui; entry: InlineEntry }[] = [];
  let removed = false;
  let wanted = false;
  let mounting: Promise<void> | null = null;
  const busy = new Set<string>();
  const errors = new Map<string, string>();
  const undoable = new Set<string>();

  function setView(v: TabView | null): void {
    view = v;
    at = new Map();
    v?.mentions.forEach((m, i) => {
      const id = mentionIdOf(m);
      if (!at.has(id)) at.set(id, i);
    });
  }
  const tones = new WeakMap<InlineEntry, Tone>();

  function renderOne(wrapper: HTMLElement, entry: InlineEntry): void {
    const { id } = entry;
    const index = at.get(id) ?? -1;
    // A view from another report of the page may not have this mention yet: show nothing until it does.
    const mention = view ? view.mentions[index] : undefined;
    if (view && !mention) {
      render(null, wrapper);
      return;
    }
    render(
      h(InlineControl, {
        label: mention ? [mention.brand, mention.name].filter(Boolean).join(' ') : '',
        state: view?.states[index],
        saved: view?.savedIds[index] != null,
        busy: busy.has(id),
        error: errors.get(id) ?? null,
        undo: undoable.has(id),
        onToggle: () => void toggle(id),
        tone: tones.get(entry),
      }),
      wrapper,
    );
  }

  function renderAll(): void {
    for (const { ui, entry } of uis) if (ui.mounted) renderOne(ui.mounted, entry);
  }

  async function toggle(mentionId: string): Promise<void> {
    if (busy.has(mentionId) || ctx.isInvalid) return;
    const index = at.get(mentionId) ?? -1;
    const save = view?.savedIds[index] == null;
    busy.add(mentionId);
    errors.delete(mentionId);
    renderAll();
    try {
      const id = await api.saveMention(mentionId, save);
      if (save && id === null) throw new Error('not saved');
      const now = at.get(mentionId) ?? -1;
      if (view && now >= 0) setView({ ...view, savedIds: view.savedIds.map((s, i) => (i === now ? (save ? id : null) : s)) });
      if (save) undoable.delete(mentionId);
      else {
        undoable.add(mentionId);
        ctx.setTimeout(() => {
          undoable.delete(mentionId);
          renderAll();
        }, UNDO_MS);
      }
    } catch {
      errors.set(mentionId, save ? 'Not saved' : 'Not removed');
      ctx.setTimeout(() => {
        errors.delete(mentionId);
        renderAll();
      }, ERROR_MS);
    } finally {
      busy.delete(mentionId);
      renderAll();
    }
  }

  async function createUi(entry: InlineEntry): Promise<Ui | null> {
    if (!entry.element.isConnected) return null;
    const { anchor, append } = placementFor(entry.element);
    controlled.get(anchor)?.();
    const ui = await createShadowRootUi<HTMLElement>(ctx, {
      name: 'magpie-save',
      // Closed: the page gets no handle on the control's insides (host.shadowRoot is null).
      mode: 'closed',
      position: 'inline',
      anchor,
      append,
      css: INLINE_CSS,
      isolateEvents: ISOLATED_EVENTS,
      onMount(container) {
        tones.set(entry, backgroundTone(anchor));
        const wrapper = document.createElement('span');
        container.append(wrapper);
        renderOne(wrapper, entry);
        return wrapper;
      },
      onRemove(wrapper) {
        if (wrapper) render(null, wrapper);
      },
    });
    ui.mount();
    ui.shadowHost.setAttribute('data-magpie-ui', '');
    controlled.set(anchor, () => ui.remove());
    return ui;
  }

  function unmountAll(): void {
    for (const { ui } of uis) ui.remove();
    uis = [];
  }

  async function mountAll(): Promise<void> {
    unmountAll();
    const made: { ui: Ui; entry: InlineEntry }[] = [];
    for (const entry of entries) {
      if (!wanted || removed || ctx.isInvalid) break;
      try {
        const ui = await createUi(entry);
        if (ui) made.push({ ui, entry });
      } catch (err) {
        // One odd element (detached, in a frame) must not stop the others.
        console.warn('[magpie] could not place a save control', err);
      }
    }
    uis = made;
    if (!wanted || removed || ctx.isInvalid) unmountAll();
  }

  let decided: () => void = () => {};
  const firstDecision = new Promise<void>((resolve) => (decided = resolve));

  function setWanted(on: boolean): void {
    wanted = on;
    decided();
    const run = async () => {
      await mounting;
      if (removed) return;
      if (wanted && uis.length === 0) await mountAll();
      if (!wanted) unmountAll();
    };
    mounting = run();
  }

  const stops = [
    api.onTabView((v) => {
      setView(v);
      renderAll();
    }),
    api.watchEnabled(setWanted),
  ];
  api.getTabView().then(
    (v) => {
      // A push that arrived meanwhile is newer than this answer.
      if (!view) setView(v);
      renderAll();
    },
    () => {},
  );

  function remove(): void {
    if (removed) return;
    removed = true;
    stops.forEach((stop) => stop());
    unmountAll();
  }
  ctx.onInvalidated(remove);
  await firstDecision;
  await mounting;

  return {
    remove,
    get count() {
      return uis.length;
    },
  };
}
