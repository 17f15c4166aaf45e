import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { buildControl, paintControl, type ControlParts } from './control-dom';
import { ControlsState } from './controls-state';
import { createHost, isolateEvents, placeHost, sharedStyles, type SharedStyles } from './host';
import { planSlots, type Slot } from './slots';
import { watchNear, type NearWatch } from './near-watch';
import { saveErrorText } from './save-error';
import { backgroundTone, type ToneMemo } from './page-tone';
import type { InlineApi, InlineControls, InlineEntry } from './types';

const ERROR_MS = 4000;
/**
 * After a remove on the article, the control reads "Undo" this long: pressing it saves the item
 * again, and a save within 30 days brings back its notes, tags and history (lib/db soft delete),
 * so one click never loses them.
 */
export const UNDO_MS = 10_000;
export { NEAR_VIEWPORT } from './near-watch';

/**
 * Puts a save control beside each detected mention, each in its own closed shadow root so the
 * page's styles and ours never mix and the page's scripts cannot reach in (read the saved state,
 * click the button). One observer watches the mentions themselves; a control (a fixed-size host,
 * one shared stylesheet, plain elements with no render root) is made only when its mention nears
 * the viewport, so a 200-product article pays for the few the reader is about to see, and the
 * lines that move as a host goes in are still off screen. Controls act only on trusted
 * (reader-made) clicks and save by mention id, so a report the page triggers meanwhile cannot
 * redirect a click. They follow the tab's view as the background pushes it (whole views, then only
 * the streamed states that changed, repainting only those controls), appear and disappear with the
 * inline-controls setting, and go away with the content script's context.
 */
export async function mountInlineControls(
  ctx: ContentScriptContext,
  entries: readonly InlineEntry[],
  api: InlineApi,
): Promise<InlineControls> {
  const s = new ControlsState();
  let slots: Slot[] = [];
  let watch: NearWatch<Slot> | null = null;
  let styles: SharedStyles | null = null;
  let removed = false;
  let wanted = false;

  function paint(slot: Slot): void {
    const b = slot.built;
    if (!b) return;
    const props = s.propsOf(slot.id, slot.tone);
    if (!props) return void b.parts.wrap.remove();
    paintControl(b.parts, props);
    if (b.parts.wrap.parentNode !== b.root) b.root.append(b.parts.wrap);
  }
  const paintAll = () => slots.forEach(paint);
  function paintIds(ids: readonly string[]): void {
    const set = new Set(ids);
    for (const slot of slots) if (slot.built && set.has(slot.id)) paint(slot);
  }

  /** Makes the controls of mentions that came near the viewport: every style read first, then the writes. */
  function build(near: Slot[]): void {
    const memo: ToneMemo = { tones: new Map() };
    for (const slot of near) slot.tone = backgroundTone(slot.anchor, memo);
    for (const slot of near) {
      if (slot.gone || slot.built || !slot.anchor.isConnected) continue;
      try {
        const doc = slot.anchor.ownerDocument;
        styles ??= sharedStyles(doc);
        const { host, root } = createHost(doc, styles);
        isolateEvents(root);
        slot.built = { host, root, parts: buildControl(doc, () => void toggle(slot.id)) };
        // Painted while the host is still off the page: the page then takes in the finished control at once.
        paint(slot);
        placeHost(host, slot.anchor, slot.append);
      } catch (err) {
        slot.built = null;
        // One odd element (in a frame, a document being torn down) must not stop the others.
        console.warn('[magpie] could not place a save control', err);
      }
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

  function drop(slot: Slot): void {
    slot.gone = true;
    watch?.forget(slot);
    slot.built?.host.remove();
    slot.built = null;
  }

  function unmountAll(): void {
    watch?.stop();
    watch = null;
    for (const slot of slots) drop(slot);
    slots = [];
  }

  function mountAll(): void {
    unmountAll();
    slots = planSlots(entries, drop);
    watch = watchNear(slots, (near) => {
      if (!removed && !ctx.isInvalid) build(near);
    });
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

  // Pushes (whole views and deltas) seen so far, and whole views among them. An answer to getTabView was read
  // before the pushes that overtook it, so it must not replace what they brought. A whole view that overtook it is
  // newer: the answer is dropped, and nothing is asked again (on a load, the tab's run pushes its first view while
  // the question is on its way; asking again fetched and checked the same view a third time). Overtaken by deltas
  // only, it is shown only when nothing is shown yet, and the view is asked for again (a stream ends, so this stops;
  // capped all the same).
  let pushes = 0;
  let wholes = 0;
  const fetchView = (left = 20): void => {
    const at = pushes;
    const wholeAt = wholes;
    api.getTabView().then(
      (v) => {
        if (wholes !== wholeAt) return;
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
      wholes++;
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
