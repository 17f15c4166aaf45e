import type { ControlParts } from './control-dom';
import { placementFor } from './placement';
import type { Tone } from './page-tone';
import type { InlineEntry } from './types';

/**
 * A control is made, host and all, once its mention comes this near the viewport (above or below),
 * so scrolling and tabbing meet it ready; a long article's far mentions add nothing to the page.
 */
export const NEAR_VIEWPORT = '150% 0px';
/**
 * Once the reader scrolls, each batch of controls that came near also makes this many that follow
 * them in the article. Every batch costs the page a style, layout and paint pass of the whole
 * article whatever its size: in Chromium, 200 controls made a few at a time while scrolling to the
 * end cost about twice the main-thread work of making them all at once, and read-ahead batches of
 * this size came within a tenth of that.
 */
export const READ_AHEAD = 24;

/** One mention's control: planned at once, its host and insides made when its mention nears the viewport. */
export interface Slot {
  id: string;
  /** The page element the host goes into (as its last child) or after. */
  anchor: Element;
  append: 'last' | 'after';
  tone: Tone;
  built: { host: HTMLElement; root: ShadowRoot; parts: ControlParts } | null;
  /** Taken off the page (unmounted, or replaced by a later mount): never built again. */
  gone: boolean;
}

/** Marks the page elements that already carry a control, so mounting twice replaces rather than doubles. */
const controlled = new WeakMap<Element, () => void>();

/**
 * Where each entry's control goes, read from the page (no writes). Two mentions ending in one element
 * share one control, the later one's; a control an earlier mount planned there is dropped with `drop`'s
 * counterpart of that mount.
 */
export function planSlots(entries: readonly InlineEntry[], drop: (slot: Slot) => void): Slot[] {
  const byAnchor = new Map<Element, Slot>();
  for (const entry of entries) {
    try {
      if (!entry.element.isConnected) continue;
      const { anchor, append } = placementFor(entry.element);
      const slot: Slot = { id: entry.id, anchor, append, tone: 'light', built: null, gone: false };
      controlled.get(anchor)?.();
      controlled.set(anchor, () => drop(slot));
      byAnchor.set(anchor, slot);
    } catch (err) {
      // One odd element (detached, in a frame) must not stop the others.
      console.warn('[magpie] could not place a save control', err);
    }
  }
  return inDocumentOrder([...byAnchor.values()].filter((slot) => !slot.gone));
}

const follows = (a: Slot, b: Slot) => (a.anchor.compareDocumentPosition(b.anchor) & 4) !== 0;

/** The slots in the order their anchors come in the page (the detector's order, unless it was not). */
function inDocumentOrder(slots: Slot[]): Slot[] {
  for (let k = 1; k < slots.length; k++) {
    if (!follows(slots[k - 1]!, slots[k]!)) return slots.sort((a, b) => (follows(a, b) ? -1 : 1));
  }
  return slots;
}

/** What watches a mount's mentions; `forget` stops watching one, `stop` all. */
export interface NearWatch {
  forget(slot: Slot): void;
  stop(): void;
}

/**
 * Calls `near` with the slots whose mentions came near the viewport, each once, in batches as the
 * browser reports them; after the first batch (what the reader sees on arrival), each batch takes the
 * READ_AHEAD slots after it in the article along. One IntersectionObserver watches the page's own
 * elements (observing adds nothing to the page); without one, every slot is near at once.
 */
export function watchNear(slots: readonly Slot[], near: (slots: Slot[]) => void): NearWatch {
  if (typeof IntersectionObserver !== 'function') {
    near(slots.slice());
    return { forget() {}, stop() {} };
  }
  const byAnchor = new Map(slots.map((slot) => [slot.anchor, slot]));
  const order = new Map(slots.map((slot, i) => [slot, i]));
  let first = true;
  const take = (slot: Slot, batch: Slot[]) => {
    observer.unobserve(slot.anchor);
    byAnchor.delete(slot.anchor);
    batch.push(slot);
  };
  const observer = new IntersectionObserver(
    (seen) => {
      const batch: Slot[] = [];
      for (const e of seen) {
        const slot = e.isIntersecting ? byAnchor.get(e.target) : undefined;
        if (slot && !slot.built && !slot.gone) take(slot, batch);
      }
      if (!batch.length) return;
      if (!first) {
        for (const slot of batch.slice()) {
          const at = order.get(slot)!;
          for (let k = at + 1; k <= at + READ_AHEAD && k < slots.length; k++) {
            const next = slots[k]!;
            if (byAnchor.get(next.anchor) === next && !next.built && !next.gone) take(next, batch);
          }
        }
      }
      first = false;
      near(batch);
    },
    { rootMargin: NEAR_VIEWPORT },
  );
  for (const slot of slots) observer.observe(slot.anchor);
  return {
    forget(slot) {
      if (byAnchor.get(slot.anchor) !== slot) return;
      observer.unobserve(slot.anchor);
      byAnchor.delete(slot.anchor);
    },
    stop: () => observer.disconnect(),
  };
}
