import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { READ_AHEAD, WATCH_AFTER, WATCH_BEFORE, watchNear, type WatchedSlot } from '@/lib/inline/near-watch';
import { fakeIntersections } from './fakes';

const settle = () => new Promise((r) => setTimeout(r, 0));

/** A long article of `n` paragraphs, one slot each, and the batches `watchNear` hands out (as indices). */
function article(n: number) {
  const els = Array.from({ length: n }, (_, k) => {
    const p = document.createElement('p');
    p.textContent = `Product ${k}`;
    document.body.append(p);
    return p;
  });
  const slots: WatchedSlot[] = els.map((anchor) => ({ anchor, built: null, gone: false }));
  const batches: number[][] = [];
  const watch = watchNear(slots, (near) => {
    batches.push(near.map((s) => slots.indexOf(s)));
    for (const s of near) s.built = true;
  });
  return { els, slots, batches, watch };
}

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, k) => from + k);

describe('watchNear', () => {
  let seen: ReturnType<typeof fakeIntersections>;
  beforeEach(() => {
    document.body.innerHTML = '';
    seen = fakeIntersections();
  });
  afterEach(() => seen.restore());

  it('watches every mention until one is near, then only a window around the near ones', async () => {
    const { els, batches } = article(60);
    expect(seen.observed()).toBe(60);
    seen.show(els[0]!, els[1]!);
    await settle();
    // On arrival: only what is near is made, and the watch narrows to the mentions the reader can reach next.
    expect(batches).toEqual([[0, 1]]);
    expect(els.filter((el) => seen.watches(el)).map((el) => els.indexOf(el))).toEqual(range(0, 1 + WATCH_AFTER));
  });

  it('follows a reader scrolling on, each batch taking the ones after it along', async () => {
    const { els, batches } = article(60);
    seen.show(els[0]!);
    await settle();
    // Scrolling: the next mention is watched, comes near, and brings READ_AHEAD more; the first one leaves.
    seen.hide(els[0]!);
    seen.show(els[1]!);
    await settle();
    expect(batches).toEqual([[0], range(1, 1 + READ_AHEAD)]);
    const watched = els.filter((el) => seen.watches(el)).map((el) => els.indexOf(el));
    expect(watched).toEqual(range(0, 1 + WATCH_AFTER));
    expect(watched.length).toBeLessThan(WATCH_BEFORE + WATCH_AFTER + 2);
  });

  it('watches every mention again when none is near, so a reader who jumps still finds controls', async () => {
    const { els, batches } = article(60);
    seen.show(els[0]!);
    await settle();
    expect(seen.watches(els[40]!)).toBe(false);
    // A jump to the end of the article: the near one leaves, nothing else watched comes near.
    seen.hide(els[0]!);
    await settle();
    expect(seen.observed()).toBe(60);
    seen.show(els[40]!);
    await settle();
    expect(batches[1]).toEqual(range(40, Math.min(59, 40 + READ_AHEAD)));
    expect(seen.watches(els[40 - WATCH_BEFORE]!)).toBe(true);
    expect(seen.watches(els[10]!)).toBe(false);
  });

  it('keeps a window around each near mention where the page shows them out of order (columns)', async () => {
    const { els, batches } = article(60);
    // Two columns side by side: 0 and 30 are near together.
    seen.show(els[0]!, els[30]!);
    await settle();
    expect(batches).toEqual([[0, 30]]);
    expect(seen.watches(els[31]!)).toBe(true);
    expect(seen.watches(els[1]!)).toBe(true);
    expect(seen.watches(els[20]!)).toBe(false);
  });

  it('makes each control once, and stops watching what it forgets or when stopped', async () => {
    const { els, slots, batches, watch } = article(10);
    seen.show(els[2]!);
    await settle();
    seen.show(els[2]!);
    await settle();
    expect(batches).toEqual([[2]]);
    watch.forget(slots[3]!);
    expect(seen.watches(els[3]!)).toBe(false);
    watch.stop();
    expect(seen.observed()).toBe(0);
  });
});
