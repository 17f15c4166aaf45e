import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { waitForPrecheck } from '@/lib/content/gate';
import { MAGPIE_UI_ATTR } from '@/lib/content/mutations';
import { ContentScriptContext } from '@/lib/content/quiet-context';

// A stand-in pre-check: the page passes once it holds an element marked as a product. The gate's scheduling is
// under test here, not the pre-check.
const passes = vi.fn((doc: Document) => doc.querySelector('[data-product]') !== null);

let ctx: ContentScriptContext;
let onPass: ReturnType<typeof vi.fn<() => void>>;

function start(): void {
  waitForPrecheck({ ctx, doc: document, passes, onPass, log: () => {} });
}

function add(html: string): void {
  const div = document.createElement('div');
  div.innerHTML = html;
  document.body.append(div);
}

beforeEach(() => {
  vi.useFakeTimers();
  document.body.innerHTML = '<main><h1>Hello</h1><p>A short note.</p></main>';
  ctx = new ContentScriptContext('gate-test');
  onPass = vi.fn();
  passes.mockClear();
});

afterEach(() => {
  ctx.abort();
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('the pre-check gate', () => {
  it('tests the page once in an idle moment and passes it on when it passes', async () => {
    add('<p data-product>Tote, $89</p>');
    start();
    expect(passes).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(300);
    expect(passes).toHaveBeenCalledTimes(1);
    expect(onPass).toHaveBeenCalledTimes(1);
    // Passed on: it no longer watches the page (the runner does from here).
    add('<p>More</p>');
    await vi.advanceTimersByTimeAsync(10_000);
    expect(passes).toHaveBeenCalledTimes(1);
  });

  it('leaves a page that fails alone, with no timer running, until its content changes', async () => {
    start();
    await vi.advanceTimersByTimeAsync(300);
    expect(passes).toHaveBeenCalledTimes(1);
    expect(vi.getTimerCount()).toBe(0);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(passes).toHaveBeenCalledTimes(1);
    expect(onPass).not.toHaveBeenCalled();
  });

  it('tests again once after a burst of content changes, and passes content added later on', async () => {
    start();
    await vi.advanceTimersByTimeAsync(300);
    for (let k = 0; k < 20; k++) add(`<p>Note ${k}</p>`);
    await vi.advanceTimersByTimeAsync(0);
    add('<p data-product>Tote, $89</p>');
    await vi.advanceTimersByTimeAsync(1200);
    expect(passes).toHaveBeenCalledTimes(2);
    expect(onPass).toHaveBeenCalledTimes(1);
  });

  it('tests a page that keeps changing less and less often, down to the longest wait', async () => {
    start();
    await vi.advanceTimersByTimeAsync(300);
    const times: number[] = [];
    passes.mockImplementation(() => {
      times.push(Date.now());
      return false;
    });
    // A ticking clock: new content every 100 ms for a minute.
    const tick = setInterval(() => add('<p>12:00</p>'), 100);
    await vi.advanceTimersByTimeAsync(60_000);
    clearInterval(tick);
    const gaps = times.slice(1).map((t, k) => t - times[k]!);
    expect(gaps.length).toBeGreaterThan(5);
    expect(gaps.every((g, k) => k === 0 || g >= gaps[k - 1]! - 150)).toBe(true);
    expect(Math.max(...gaps)).toBeLessThanOrEqual(5000 + 400);
    // Ten tests a minute at most once it has backed off (not one per change, 600 of them).
    expect(times.length).toBeLessThan(25);
    passes.mockImplementation((doc: Document) => doc.querySelector('[data-product]') !== null);
  });

  it('tests a single-page app that moved to another address at the shortest wait again', async () => {
    start();
    await vi.advanceTimersByTimeAsync(300);
    // A busy page: the wait has grown to its longest.
    for (let k = 0; k < 4; k++) {
      add(`<p>Tick ${k}</p>`);
      await vi.advanceTimersByTimeAsync(6000);
    }
    const before = passes.mock.calls.length;
    const was = location.href;
    history.pushState(null, '', '/article/new-bags');
    try {
      add('<p data-product>Tote, $89</p>');
      await vi.advanceTimersByTimeAsync(1200);
      expect(passes.mock.calls.length).toBe(before + 1);
      expect(onPass).toHaveBeenCalledTimes(1);
    } finally {
      history.replaceState(null, '', was);
    }
  });

  it("ignores Magpie's own UI, scripts, styles and whitespace", async () => {
    start();
    await vi.advanceTimersByTimeAsync(300);
    const ui = document.createElement('div');
    ui.setAttribute(MAGPIE_UI_ATTR, '');
    ui.textContent = 'Save';
    document.body.append(ui, document.createElement('script'), document.createElement('style'), '\n  ');
    await vi.advanceTimersByTimeAsync(10_000);
    expect(passes).toHaveBeenCalledTimes(1);
  });

  it('stops watching and cancels a pending test once the context ends', async () => {
    start();
    await vi.advanceTimersByTimeAsync(300);
    add('<p data-product>Tote, $89</p>');
    await vi.advanceTimersByTimeAsync(0);
    ctx.abort();
    await vi.advanceTimersByTimeAsync(10_000);
    expect(passes).toHaveBeenCalledTimes(1);
    expect(onPass).not.toHaveBeenCalled();
    expect(vi.getTimerCount()).toBe(0);
  });

  it('stops once the extension went away, at the next change of the page', async () => {
    const controller = new AbortController();
    let gone = false;
    const orphan = {
      signal: controller.signal,
      get isInvalid() {
        if (gone) controller.abort();
        return controller.signal.aborted;
      },
      onInvalidated(cb: () => void) {
        controller.signal.addEventListener('abort', cb);
        return () => controller.signal.removeEventListener('abort', cb);
      },
    };
    waitForPrecheck({ ctx: orphan, doc: document, passes, onPass, log: () => {} });
    await vi.advanceTimersByTimeAsync(300);
    // The extension is updated: this copy of the script is left running in the tab.
    gone = true;
    add('<p data-product>Tote, $89</p>');
    await vi.advanceTimersByTimeAsync(10_000);
    expect(passes).toHaveBeenCalledTimes(1);
    expect(onPass).not.toHaveBeenCalled();
    // Nothing left watching: later changes start nothing.
    add('<p>More</p>');
    await vi.advanceTimersByTimeAsync(0);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('never throws into the page when the test fails, and tries again after a change', async () => {
    passes.mockImplementationOnce(() => {
      throw new Error('odd page');
    });
    start();
    await vi.advanceTimersByTimeAsync(300);
    expect(onPass).not.toHaveBeenCalled();
    add('<p data-product>Tote, $89</p>');
    await vi.advanceTimersByTimeAsync(1200);
    expect(onPass).toHaveBeenCalledTimes(1);
  });
});
