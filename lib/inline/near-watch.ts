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
/**
 * While some mentions are near, only those and the ones this many places before or after them in the
 * article are watched. The browser works out every watched element's distance to the viewport at
 * every frame of a scroll: 200 watched anchors cost a reader scrolling a long article about 150 ms in
 * Chromium, a window of a dozen a tenth of it. The next mention the reader scrolls to is always
 * among the watched ones, a few places on in either direction (a grid's next row, too).
 */
export const WATCH_BEFORE = 4;
export const WATCH_AFTER = 8;

/** What the watch reads of a slot (lib/inline/slots.ts): the page element it is placed by, and whether it is done. */
export interface WatchedSlot {
  anchor: Element;
  built: unknown;
  gone: boolean;
}

/** What watches a mount's mentions; `forget` stops watching one, `stop` all. */
export interface NearWatch<S> {
  forget(slot: S): void;
  stop(): void;
}

/**
 * Calls `near` with the slots whose mentions came near the viewport, each once, in batches as the
 * browser reports them; after the first batch (what the reader sees on arrival), each batch takes the
 * READ_AHEAD slots after it in the article along. One IntersectionObserver watches the page's own
 * elements (observing adds nothing to the page): all of them at first and whenever none is near (the
 * reader jumped, or reads a stretch without products), else only a window around the near ones, in
 * the article's order. Without an IntersectionObserver, every slot is near at once.
 */
export function watchNear<S extends WatchedSlot>(slots: readonly S[], near: (slots: S[]) => void): NearWatch<S> {
  if (typeof IntersectionObserver !== 'function') {
    near(slots.slice());
    return { forget() {}, stop() {} };
  }
  const at = new Map<Element, number>();
  slots.forEach((slot, i) => at.set(slot.anchor, i));
  const watched = new Set<number>();
  /** Watched slots the browser last reported near. */
  const close = new Set<number>();
  const taken = new Set<number>();
  let first = true;

  const take = (i: number, batch: S[]) => {
    const slot = slots[i]!;
    if (taken.has(i) || slot.built || slot.gone) return;
    taken.add(i);
    batch.push(slot);
  };

  /** Watches the window around the near slots, or every slot while none is near. */
  const rewatch = () => {
    const want = new Set<number>();
    if (close.size === 0) {
      slots.forEach((slot, i) => slot.gone || want.add(i));
    } else {
      for (const i of close) {
        const end = Math.min(slots.length - 1, i + WATCH_AFTER);
        for (let k = Math.max(0, i - WATCH_BEFORE); k <= end; k++) if (!slots[k]!.gone) want.add(k);
      }
    }
    for (const i of watched) {
      if (want.has(i)) continue;
      observer.unobserve(slots[i]!.anchor);
      watched.delete(i);
    }
    for (const i of want) {
      if (watched.has(i)) continue;
      observer.observe(slots[i]!.anchor);
      watched.add(i);
    }
  };

  const observer = new IntersectionObserver(
    (seen) => {
      const batch: S[] = [];
      let moved = false;
      for (const e of seen) {
        const i = at.get(e.target);
        // A report queued before its slot left the window says nothing about the window now.
        if (i === undefined || !watched.has(i)) continue;
        if (e.isIntersecting) {
          if (!close.has(i)) moved = true;
          close.add(i);
          take(i, batch);
        } else if (close.delete(i)) {
          moved = true;
        }
      }
      if (batch.length && !first) {
        for (const slot of batch.slice()) {
          const from = at.get(slot.anchor)!;
          for (let k = from + 1; k <= from + READ_AHEAD && k < slots.length; k++) take(k, batch);
        }
      }
      if (batch.length) first = false;
      // Most reports are of slots just added to the window, far as expected: the window stays as it is.
      if (moved) rewatch();
      if (batch.length) near(batch);
    },
    { rootMargin: NEAR_VIEWPORT },
  );
  rewatch();
  return {
    forget(slot) {
      const i = at.get(slot.anchor);
      if (i === undefined || slots[i] !== slot) return;
      if (watched.delete(i)) observer.unobserve(slot.anchor);
      // The last near one gone: watch the others again, as when the reader scrolls away.
      if (close.delete(i) && close.size === 0) rewatch();
    },
    stop: () => observer.disconnect(),
  };
}
