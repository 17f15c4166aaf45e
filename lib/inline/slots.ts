import type { ControlParts } from './control-dom';
import { placementFor } from './placement';
import type { Tone } from './page-tone';
import type { InlineEntry } from './types';

export { NEAR_VIEWPORT, READ_AHEAD } from './near-watch';

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
