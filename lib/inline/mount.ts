import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { buildControl, paintControl, type ControlParts } from './control-dom';
import { ControlsState } from './controls-state';
import { createHost, isolateEvents, sharedStyles, type SharedStyles } from './host';
import { placementFor } from './placement';
import { saveErrorText } from './save-error';
import { backgroundTone, type Tone, type ToneMemo } from './page-tone';
import type { InlineApi, InlineControls, InlineEntry } from './types';

const ERROR_MS = 4000;
/**
 * After a remove on the article, the control reads "Undo" this long: pressing it saves the item
 * again, and a save within 30 days brings back its notes, tags and history (lib/db soft delete),
 * so one click never loses them.
 */
export const UNDO_MS = 10_000;
/**
 * Controls are filled this far beyond the viewport (above and below), so scrolling and tabbing
 * meet them ready; the rest of a long article holds empty hosts of the same fixed size.
 */
export const NEAR_VIEWPORT = '150% 0px';

/** Marks the page elements that already carry a control, so mounting twice replaces rather than doubles. */
const controlled = new WeakMap<Element, () => void>();

/** One mention's control: its host is placed at once (fixed size), its insides when it nears the viewport. */
interface Slot {
  id: string;
  host: HTMLElement;
  root: ShadowRoot;
  anchor: Element;
  tone: Tone;
  parts: ControlParts | null;
}

/**
 * Puts a save control beside each detected mention, each in its own closed shadow root so the
 * page's styles and ours never mix and the page's scripts cannot reach in (read the saved state,
 * click the button). Every host is placed at once, so the article's lines never move while the
 * reader scrolls; a control's insides are built only when it comes near the viewport, with one
 * shared stylesheet and no render root per control. Controls act only on trusted (reader-made)
 * clicks and save by mention id, so a report the page triggers meanwhile cannot redirect a click.
 * They follow the tab's view as the background pushes it (whole views, then only the streamed
 * states that changed, repainting only those controls), appear and disappear with the
 * inline-controls setting, and go away with the content script's context.
 */
export async function mountInlineControls(
  ctx: ContentScriptContext,
  entries: readonly InlineEntry[],
  api: InlineApi,
): Promise<InlineControls> {
  const s = new ControlsState();
  let slots: Slot[] = [];
  const byHost = new WeakMap<Element, Slot>();
  let observer: IntersectionObserver | null = null;
  let styles: SharedStyles | null = null;
  let removed = false;
  let wanted = false;

  function paint(slot: Slot): void {
    if (!slot.parts) return;
    const props = s.propsOf(slot.id, slot.tone);
    if (!props) return void slot.parts.wrap.remove();
    paintControl(slot.parts, props);
    if (slot.parts.wrap.parentNode !== slot.root) slot.root.append(slot.parts.wrap);
  }
  const paintAll = () => slots.forEach(paint);
  function paintIds(ids: readonly string[]): void {
    const set = new Set(ids);
    for (const slot of slots) if (set.has(slot.id)) paint(slot);
  }

  /** Builds the insides of controls that came near the viewport: every style read first, then the writes. */
  function fill(near: Slot[]): void {
    const memo: ToneMemo = { tones: new Map() };
    for (const slot of near) slot.tone = backgroundTone(slot.anchor, memo);
    for (const slot of near) {
      isolateEvents(slot.root);
      slot.parts = buildControl(slot.host.ownerDocument, () => void toggle(slot.id));
      paint(slot);
    }
  }

  async function toggle(id: string): Promise<void> {
    if (s.busy.has(id) || ctx.isInvalid) return;
    const save = !s.isSaved(id);
    s.busy.add(id);
    s.errors.delete(id);
    paintIds([id]);
    try {
      const savedId = await api.saveMention(id, save);
      if (save && savedId === null) throw new Error('not saved');
      s.markSaved(id, save ? savedId : null);
      if (save) s.undoable.delete(id);
      else {
        s.undoable.add(id);
        ctx.setTimeout(() => {
          s.undoable.delete(id);
          paintIds([id]);
        }, UNDO_MS);
      }
    } catch (err) {
      s.errors.set(id, saveErrorText(err, save));
      ctx.setTimeout(() => {
        s.errors.delete(id);
        paintIds([id]);
      }, ERROR_MS);
    } finally {
      s.busy.delete(id);
      paintIds([id]);
    }
  }

  function unmountAll(): void {
    observer?.disconnect();
    observer = null;
    for (const slot of slots) slot.host.remove();
    slots = [];
  }

  function place(entry: InlineEntry): Slot | null {
    if (!entry.element.isConnected) return null;
    const { anchor, append } = placementFor(entry.element);
    controlled.get(anchor)?.();
    styles ??= sharedStyles(anchor.ownerDocument);
    const { host, root } = createHost(anchor, append, styles);
    controlled.set(anchor, () => host.remove());
    return { id: entry.id, host, root, anchor, tone: 'light', parts: null };
  }

  function mountAll(): void {
    unmountAll();
    for (const entry of entries) {
      try {
        const slot = place(entry);
        if (slot) slots.push(slot);
      } catch (err) {
        // One odd element (detached, in a frame) must not stop the others.
        console.warn('[magpie] could not place a save control', err);
      }
    }
    for (const slot of slots) byHost.set(slot.host, slot);
    if (typeof IntersectionObserver !== 'function') return fill(slots);
    observer = new IntersectionObserver(
      (seen) => {
        const near: Slot[] = [];
        for (const e of seen) {
          const slot = e.isIntersecting ? byHost.get(e.target) : undefined;
          if (!slot || slot.parts) continue;
          near.push(slot);
          observer?.unobserve(e.target);
        }
        if (near.length && !removed && !ctx.isInvalid) fill(near);
      },
      { rootMargin: NEAR_VIEWPORT },
    );
    for (const slot of slots) observer.observe(slot.host);
  }

  let decided: () => void = () => {};
  const firstDecision = new Promise<void>((resolve) => (decided = resolve));

  function setWanted(on: boolean): void {
    wanted = on;
    decided();
    if (removed) return;
    if (wanted && slots.length === 0) mountAll();
    if (!wanted) unmountAll();
  }

  // Pushes (whole views and deltas) seen so far. An answer to getTabView was read before the pushes
  // that overtook it, so it must not replace what they brought: it is shown only when nothing is
  // shown yet, and the view is asked for again (a stream ends, so this stops; capped all the same).
  let pushes = 0;
  const fetchView = (left = 20): void => {
    const at = pushes;
    api.getTabView().then(
      (v) => {
        if (pushes === at || !s.view) s.setView(v);
        paintAll();
        if (pushes !== at && left > 1 && !removed) fetchView(left - 1);
      },
      () => {},
    );
  };
  const stops = [
    api.onTabView((v) => {
      pushes++;
      s.setView(v);
      paintAll();
    }),
    api.onTabDelta((delta) => {
      pushes++;
      const changed = s.applyDelta(delta);
      if (changed) paintIds(changed);
      else fetchView();
    }),
    api.watchEnabled(setWanted),
  ];
  fetchView();

  function remove(): void {
    if (removed) return;
    removed = true;
    stops.forEach((stop) => stop());
    unmountAll();
  }
  ctx.onInvalidated(remove);
  await firstDecision;

  return {
    remove,
    get count() {
      return slots.length;
    },
  };
}
