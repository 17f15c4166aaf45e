import type { ControlParts } from './control-dom';
import { placementFor } from './placement';
import type { Tone } from './page-tone';
import type { InlineEntry } from './types';

/**
 * A control is made, host and all, once its mention comes this near the viewport (above or below),
 * so scrolling and tabbing meet it ready; a long article's far mentions add nothing to the page.
 */
export const NEAR_VIEWPORT = '150% 0px';

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
  return [...byAnchor.values()].filter((slot) => !slot.gone);
}

/** What watches a mount's mentions; `forget` stops watching one, `stop` all. */
export interface NearWatch {
  forget(slot: Slot): void;
  stop(): void;
}

/**
 * Calls `near` with the slots whose mentions came near the viewport, each once, in batches as the
 * browser reports them. One IntersectionObserver watches the page's own elements (observing adds
 * nothing to the page); without one, every slot is near at once.
 */
export function watchNear(slots: readonly Slot[], near: (slots: Slot[]) => void): NearWatch {
  if (typeof IntersectionObserver !== 'function') {
    near(slots.slice());
    return { forget() {}, stop() {} };
  }
  const byAnchor = new Map(slots.map((slot) => [slot.anchor, slot]));
  const observer = new IntersectionObserver(
    (seen) => {
      const batch: Slot[] = [];
      for (const e of seen) {
        const slot = e.isIntersecting ? byAnchor.get(e.target) : undefined;
        if (!slot || slot.built || slot.gone) continue;
        batch.push(slot);
        observer.unobserve(e.target);
        byAnchor.delete(e.target);
      }
      if (batch.length) near(batch);
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
