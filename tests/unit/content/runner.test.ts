import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ContentScriptContext } from '@/lib/content/quiet-context';
import type { DetectedMention } from '@/lib/detect/types';
import type { TabMentions } from '@/lib/protocol';
import { createContentRunner, type ContentRunnerOptions } from '@/lib/content/runner';
import { MAGPIE_UI_ATTR } from '@/lib/content/mutations';
import { toReport } from '@/lib/content/report';

// A stand-in detector: every <p data-product> is a mention named by its text. The runner's
// scheduling is under test here, not detection.
function fakeDetect(doc: Document): DetectedMention[] {
  return [...doc.querySelectorAll<HTMLElement>('[data-product]')].map((el) => ({
    brand: el.dataset.brand ?? null,
    name: el.textContent ?? '',
    price: el.dataset.price ? { amount: Number(el.dataset.price), currency: 'USD' } : null,
    retailer: null,
    url: null,
    element: el,
  }));
}

function addProduct(name: string, attrs: Record<string, string> = {}): HTMLElement {
  const el = document.createElement('p');
  el.dataset.product = '';
  for (const [k, v] of Object.entries(attrs)) el.dataset[k] = v;
  el.textContent = name;
  document.body.append(el);
  return el;
}

let ctx: ContentScriptContext;

/** Marks an event as the browser's own (happy-dom has no isTrusted; in a browser a script cannot set it). */
const trusted = <E extends Event>(e: E): E => Object.defineProperty(e, 'isTrusted', { value: true });
let sent: TabMentions[];
let detect: ReturnType<typeof vi.fn<ContentRunnerOptions['detect']>>;
let send: ReturnType<typeof vi.fn<ContentRunnerOptions['send']>>;
let log: ReturnType<typeof vi.fn<(message: string, error?: unknown) => void>>;

function startRunner(extra: Partial<ContentRunnerOptions> = {}) {
  const runner = createContentRunner({ ctx, doc: document, detect, report: toReport, send, log, ...extra });
  runner.start();
  return runner;
}

/** Lets the first (idle-time) detection happen. */
async function settle(ms = 250) {
  await vi.advanceTimersByTimeAsync(ms);
}

beforeEach(() => {
  vi.useFakeTimers();
  // WXT logs every context invalidation at debug level.
  vi.spyOn(console, 'debug').mockImplementation(() => {});
  document.body.innerHTML = '<main><h1>Tiny bags</h1></main>';
  ctx = new ContentScriptContext('magpie-test');
  sent = [];
  detect = vi.fn((doc: Document) => fakeDetect(doc));
  send = vi.fn(async (report: TabMentions) => {
    sent.push(report);
  });
  log = vi.fn();
});

afterEach(() => {
  ctx.notifyInvalidated();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  vi.useRealTimers();
});

describe('first detection', () => {
  it('waits for an idle moment and reports plain mentions without page elements', async () => {
    addProduct('Post Small Pouch', { brand: 'Theory', price: '165' });
    startRunner();
    expect(detect).not.toHaveBeenCalled();
    await settle();
    expect(detect).toHaveBeenCalledTimes(1);
    expect(sent).toEqual([
      {
        pageUrl: document.URL,
        pageTitle: document.title,
        mentions: [
          {
            brand: 'Theory',
            name: 'Post Small Pouch',
            price: { amount: 165, currency: 'USD' },
            retailer: null,
            url: null,
          },
        ],
        images: [null],
      },
    ]);
    expect(sent[0]?.mentions[0]).not.toHaveProperty('element');
  });

  it('uses requestIdleCallback with a timeout when the browser has it', async () => {
    const idle = vi.fn((cb: IdleRequestCallback, _opts?: IdleRequestOptions) =>
      setTimeout(() => cb({} as IdleDeadline), 50),
    );
    vi.stubGlobal('requestIdleCallback', idle);
    vi.stubGlobal('cancelIdleCallback', (id: number) => clearTimeout(id));
    addProduct('Pouch');
    startRunner({ idleTimeoutMs: 1500 });
    expect(idle).toHaveBeenCalledWith(expect.any(Function), { timeout: 1500 });
    await settle(60);
    expect(sent).toHaveLength(1);
  });

  it('sends nothing for a page without products', async () => {
    startRunner();
    await settle(5000);
    expect(detect).toHaveBeenCalledTimes(1);
    expect(send).not.toHaveBeenCalled();
  });
});

describe('content added later', () => {
  it('detects again once, 800 ms after a burst of additions', async () => {
    startRunner();
    await settle();
    addProduct('A');
    await vi.advanceTimersByTimeAsync(300);
    addProduct('B');
    await vi.advanceTimersByTimeAsync(300);
    addProduct('C');
    await vi.advanceTimersByTimeAsync(799);
    expect(detect).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(2);
    expect(detect).toHaveBeenCalledTimes(2);
    expect(sent.map((r) => r.mentions.map((m) => m.name))).toEqual([['A', 'B', 'C']]);
  });

  it('still detects while a page keeps growing without pause (infinite scroll)', async () => {
    startRunner({ maxWaitMs: 5000 });
    await settle();
    for (let i = 0; i < 40; i++) {
      addProduct(`item ${i}`);
      await vi.advanceTimersByTimeAsync(250);
    }
    // 10 s of additions every 250 ms: a plain debounce would never fire.
    expect(detect.mock.calls.length).toBeGreaterThanOrEqual(3);
    expect(sent.length).toBeGreaterThanOrEqual(2);
  });

  it('reports only when the mentions changed', async () => {
    addProduct('A');
    startRunner();
    await settle();
    expect(sent).toHaveLength(1);

    const note = document.createElement('div');
    note.textContent = 'Comments (3)';
    document.body.append(note);
    await vi.advanceTimersByTimeAsync(1000);
    expect(detect).toHaveBeenCalledTimes(2);
    expect(sent).toHaveLength(1);

    addProduct('B');
    await vi.advanceTimersByTimeAsync(1000);
    expect(sent).toHaveLength(2);
    expect(sent[1]?.mentions.map((m) => m.name)).toEqual(['A', 'B']);
  });

  it('reports an empty list when products it reported disappear', async () => {
    const a = addProduct('A');
    startRunner();
    await settle();
    a.remove();
    await vi.advanceTimersByTimeAsync(1000);
    expect(sent.map((r) => r.mentions.length)).toEqual([1, 0]);
  });

  it("ignores Magpie's own UI, scripts, styles and whitespace", async () => {
    addProduct('A');
    startRunner();
    await settle();

    const panel = document.createElement('magpie-panel');
    document.body.append(panel);
    const button = document.createElement('button');
    button.setAttribute(MAGPIE_UI_ATTR, '');
    button.textContent = 'Save';
    document.querySelector('main')?.append(button);
    button.append(document.createElement('span'));
    document.body.append(document.createElement('script'), document.createElement('style'));
    document.body.append(document.createTextNode('  \n '));
    await vi.advanceTimersByTimeAsync(2000);
    expect(detect).toHaveBeenCalledTimes(1);

    const p = document.createElement('p');
    p.textContent = 'More to read';
    document.body.append(p);
    await vi.advanceTimersByTimeAsync(1000);
    expect(detect).toHaveBeenCalledTimes(2);
  });

  it('runs again after a detection that was in progress when content changed', async () => {
    let release: () => void = () => {};
    detect.mockImplementationOnce(
      (doc) =>
        new Promise((resolve) => {
          release = () => resolve(fakeDetect(doc));
        }),
    );
    addProduct('A');
    const runner = startRunner();
    await settle();
    addProduct('B');
    await vi.advanceTimersByTimeAsync(1000);
    expect(detect).toHaveBeenCalledTimes(1);
    release();
    await runner.runNow();
    await vi.advanceTimersByTimeAsync(0);
    expect(detect).toHaveBeenCalledTimes(2);
    expect(sent.at(-1)?.mentions.map((m) => m.name)).toEqual(['A', 'B']);
  });
});

describe('navigation', () => {
  it('reports again after a single-page navigation, even with the same products', async () => {
    addProduct('A');
    startRunner();
    await settle();
    const before = document.URL;
    history.pushState({}, '', '/next-story');
    expect(document.URL).not.toBe(before);
    // WXT's location watcher polls every second where the Navigation API is missing.
    await vi.advanceTimersByTimeAsync(2000);
    expect(sent.map((r) => r.pageUrl)).toEqual([before, document.URL]);
  });

  it('reports afresh when the page comes back from the back/forward cache', async () => {
    addProduct('A');
    startRunner();
    await settle();
    window.dispatchEvent(trusted(Object.assign(new Event('pageshow'), { persisted: true })));
    await vi.advanceTimersByTimeAsync(1000);
    expect(sent).toHaveLength(2);
    expect(sent[1]).toEqual(sent[0]);
  });

  it('ignores a pageshow the page fired itself', async () => {
    addProduct('A');
    startRunner();
    await settle();
    for (let i = 0; i < 5; i++) window.dispatchEvent(Object.assign(new Event('pageshow'), { persisted: true }));
    await vi.advanceTimersByTimeAsync(3000);
    expect(sent).toHaveLength(1);
  });
});

describe('robustness', () => {
  it('drops mentions the background would reject and caps the count', async () => {
    addProduct('x'.repeat(600));
    for (let i = 0; i < 250; i++) addProduct(`item ${i}`);
    startRunner();
    await settle();
    expect(sent[0]?.mentions).toHaveLength(200);
    expect(sent[0]?.mentions[0]?.name).toBe('item 0');
  });

  it('logs a failing detector, never throws into the page, and recovers', async () => {
    detect.mockImplementationOnce(() => {
      throw new Error('boom');
    });
    addProduct('A');
    const runner = startRunner();
    await settle();
    expect(log).toHaveBeenCalledWith('detection or report failed', expect.any(Error));
    expect(sent).toHaveLength(0);
    await expect(runner.runNow()).resolves.toBeUndefined();
    expect(sent).toHaveLength(1);
  });

  it('retries a report the background did not take', async () => {
    send.mockRejectedValueOnce(new Error('Could not establish connection'));
    addProduct('A');
    const runner = startRunner();
    await settle();
    expect(log).toHaveBeenCalledTimes(1);
    await runner.runNow();
    expect(sent).toHaveLength(1);
  });
});

describe('teardown', () => {
  it('stops observing, cancels pending work and sends nothing once the context is invalidated', async () => {
    addProduct('A');
    startRunner();
    await settle();
    expect(detect).toHaveBeenCalledTimes(1);

    addProduct('B');
    await vi.advanceTimersByTimeAsync(100);
    ctx.notifyInvalidated();
    await vi.advanceTimersByTimeAsync(10_000);
    addProduct('C');
    history.pushState({}, '', '/elsewhere');
    window.dispatchEvent(trusted(Object.assign(new Event('pageshow'), { persisted: true })));
    await vi.advanceTimersByTimeAsync(10_000);
    expect(detect).toHaveBeenCalledTimes(1);
    expect(sent).toHaveLength(1);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('does not start in an already invalid context', async () => {
    ctx.notifyInvalidated();
    addProduct('A');
    startRunner();
    await settle(5000);
    expect(detect).not.toHaveBeenCalled();
  });

  it('does not report a result that arrives after invalidation', async () => {
    let release: () => void = () => {};
    detect.mockImplementationOnce(
      (doc) =>
        new Promise((resolve) => {
          release = () => resolve(fakeDetect(doc));
        }),
    );
    addProduct('A');
    startRunner();
    await settle();
    ctx.notifyInvalidated();
    release();
    await vi.advanceTimersByTimeAsync(0);
    expect(send).not.toHaveBeenCalled();
  });
});
