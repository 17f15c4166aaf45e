import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { mountInlineControls, UNDO_MS } from '@/lib/inline/mount';
import { READ_AHEAD } from '@/lib/inline/slots';
import { sampleTabView } from '@/tests/support/mock-data';
import { cssOf, entriesFor, fakeCtx, fakeInlineApi, fakeIntersections, recordShadowRoots, trustedClick } from './fakes';
import { mentionIdOf } from '@/lib/mention-id';
import { SAVE_ERRORS } from '@/lib/protocol/reasons';

const settle = async (n = 5) => {
  for (let i = 0; i < n; i++) await new Promise((r) => setTimeout(r, 0));
};

function article(count: number): HTMLElement[] {
  document.body.innerHTML = `<article>${Array.from({ length: count }, (_, i) => `<p id="m${i}">Product ${i}, £${100 + i}</p>`).join('')}</article>`;
  return Array.from({ length: count }, (_, i) => document.getElementById(`m${i}`)!);
}

const hosts = () => [...document.querySelectorAll('magpie-save')] as HTMLElement[];
// The roots are closed: only the extension (here, the recorder) holds them.
let shadows: ReturnType<typeof recordShadowRoots>;
let seen: ReturnType<typeof fakeIntersections>;
const inside = (host: Element) => shadows.rootOf(host);
const button = (host: Element) => inside(host).querySelector('button')!;

beforeEach(() => {
  shadows = recordShadowRoots();
  // Every control near the viewport, unless a test says otherwise (see 'builds controls lazily').
  seen = fakeIntersections({ all: true });
});

afterEach(() => {
  shadows.stop();
  seen.restore();
  document.body.innerHTML = '';
});

describe('mountInlineControls', () => {
  it('puts one isolated control at the end of each mention element', async () => {
    const els = article(5);
    const { ctx } = fakeCtx();
    const { api } = fakeInlineApi();
    const controls = await mountInlineControls(ctx, entriesFor(els), api);
    await settle();
    expect(controls.count).toBe(5);
    expect(hosts()).toHaveLength(5);
    els.forEach((p, i) => {
      const host = p.lastElementChild as HTMLElement;
      expect(host.tagName).toBe('MAGPIE-SAVE');
      expect(host.hasAttribute('data-magpie-ui')).toBe(true);
      expect(host.shadowRoot, 'a page script must get no handle on the control').toBeNull();
      expect(() => inside(host)).not.toThrow();
      // The article text is untouched.
      expect(p.firstChild?.textContent).toBe(`Product ${i}, £${100 + i}`);
    });
    const style = cssOf(inside(hosts()[0]!));
    expect(style).toMatch(/all: initial !important/);
    expect(style).toMatch(/display: inline-block !important/);
    expect(style).toMatch(/vertical-align: middle !important/);
    // One stylesheet shared by every control, not one parsed per control.
    expect(inside(hosts()[1]!).adoptedStyleSheets[0]).toBe(inside(hosts()[0]!).adoptedStyleSheets[0]);
  });

  it('shows the current price of resolved mentions', async () => {
    const els = article(5);
    const { ctx } = fakeCtx();
    const { api } = fakeInlineApi();
    await mountInlineControls(ctx, entriesFor(els), api);
    await settle();
    expect(inside(hosts()[0]!).querySelector('.mg-price')?.getAttribute('data-t')).toBe('now £395.00');
    expect(inside(hosts()[2]!).querySelector('.mg-price')).toBeNull();
  });

  it('saves through the api on click and follows the pushed view', async () => {
    const els = article(5);
    const { ctx } = fakeCtx();
    const fake = fakeInlineApi();
    await mountInlineControls(ctx, entriesFor(els), fake.api);
    await settle();
    trustedClick(button(hosts()[1]!));
    await settle();
    expect(fake.saves).toEqual([{ index: 1, save: true }]);
    expect(button(hosts()[1]!).getAttribute('aria-pressed')).toBe('true');
    trustedClick(button(hosts()[1]!));
    await settle();
    expect(fake.saves[1]).toEqual({ index: 1, save: false });
    expect(button(hosts()[1]!).getAttribute('aria-pressed')).toBe('false');
  });

  it('reads "Undo" for a while after a remove, and pressing it saves the item back', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout'] });
    try {
      const els = article(3);
      const { ctx } = fakeCtx();
      const fake = fakeInlineApi();
      await mountInlineControls(ctx, entriesFor(els), fake.api);
      await vi.advanceTimersByTimeAsync(0);
      const word = () => button(hosts()[2]!).querySelector('.mg-t')?.getAttribute('data-t');
      trustedClick(button(hosts()[2]!));
      await vi.advanceTimersByTimeAsync(0);
      trustedClick(button(hosts()[2]!));
      await vi.advanceTimersByTimeAsync(0);
      expect(fake.saves.map((x) => x.save)).toEqual([true, false]);
      expect(word()).toBe('Undo');
      trustedClick(button(hosts()[2]!));
      await vi.advanceTimersByTimeAsync(0);
      expect(fake.saves[2]).toEqual({ index: 2, save: true });
      expect(word()).toBe('Saved');
      // Removed again and left alone: back to a plain Save once the undo time has passed.
      trustedClick(button(hosts()[2]!));
      await vi.advanceTimersByTimeAsync(0);
      expect(word()).toBe('Undo');
      await vi.advanceTimersByTimeAsync(UNDO_MS);
      expect(word()).toBe('Save');
    } finally {
      vi.useRealTimers();
    }
  });

  it('reflects saves made elsewhere (the popup) when a view is pushed', async () => {
    const els = article(5);
    const { ctx } = fakeCtx();
    const fake = fakeInlineApi();
    await mountInlineControls(ctx, entriesFor(els), fake.api);
    await settle();
    const v = sampleTabView();
    v.savedIds[3] = 'k:simon miller|bonsai 15 bag|ssense';
    fake.push(v);
    await settle();
    expect(hosts().map((h) => button(h).getAttribute('aria-pressed'))).toEqual([
      'false',
      'false',
      'false',
      'true',
      'false',
    ]);
  });

  it('shows a short error when the save fails', async () => {
    const els = article(5);
    const { ctx } = fakeCtx();
    const fake = fakeInlineApi({ failSave: true });
    await mountInlineControls(ctx, entriesFor(els), fake.api);
    await settle();
    trustedClick(button(hosts()[0]!));
    await settle();
    expect(inside(hosts()[0]!).querySelector('.mg-error')?.getAttribute('data-t')).toBe('Not saved');
    expect(button(hosts()[0]!).getAttribute('aria-pressed')).toBe('false');
  });

  it('says a reload cures a save the background refused because the tab was dropped', async () => {
    const els = article(2);
    const { ctx } = fakeCtx();
    const fake = fakeInlineApi({ failSave: new Error(SAVE_ERRORS.tabDropped) });
    await mountInlineControls(ctx, entriesFor(els), fake.api);
    await settle();
    trustedClick(button(hosts()[1]!));
    await settle();
    expect(inside(hosts()[1]!).querySelector('.mg-error')?.getAttribute('data-t')).toBe('Reload to save');
    expect(inside(hosts()[0]!).querySelector('.mg-error')).toBeNull();
  });

  it('mounts nothing while the setting is off, and follows it when it changes', async () => {
    const els = article(3);
    const { ctx } = fakeCtx();
    const view = sampleTabView();
    const fake = fakeInlineApi({
      enabled: false,
      view: {
        ...view,
        mentions: view.mentions.slice(0, 3),
        states: view.states.slice(0, 3),
        savedIds: [null, null, null],
      },
    });
    const controls = await mountInlineControls(ctx, entriesFor(els), fake.api);
    await settle();
    expect(hosts()).toHaveLength(0);
    fake.setEnabled(true);
    await settle();
    expect(hosts()).toHaveLength(3);
    expect(controls.count).toBe(3);
    fake.setEnabled(false);
    await settle();
    expect(hosts()).toHaveLength(0);
  });

  it('removes every control and listener when the context is invalidated', async () => {
    const els = article(5);
    const { ctx, invalidate } = fakeCtx();
    const fake = fakeInlineApi();
    await mountInlineControls(ctx, entriesFor(els), fake.api);
    await settle();
    expect(fake.subscribers()).toBe(3);
    expect(seen.observed()).toBeGreaterThan(0);
    invalidate();
    expect(hosts()).toHaveLength(0);
    expect(fake.subscribers()).toBe(0);
    expect(seen.observed()).toBe(0);
  });

  it('replaces rather than doubles controls when mounted again', async () => {
    const els = article(5);
    const { ctx } = fakeCtx();
    const entries = entriesFor(els);
    await mountInlineControls(ctx, entries, fakeInlineApi().api);
    await mountInlineControls(ctx, entries, fakeInlineApi().api);
    await settle();
    expect(hosts()).toHaveLength(5);
  });

  it('places the control after a link mention so clicking it cannot follow the link', async () => {
    document.body.innerHTML = '<p>Try <a id="m" href="https://shop.example/bag">the Staud bag</a> today.</p>';
    const a = document.getElementById('m')!;
    const { ctx } = fakeCtx();
    await mountInlineControls(ctx, entriesFor([a]), fakeInlineApi().api);
    await settle();
    expect(a.nextElementSibling?.tagName).toBe('MAGPIE-SAVE');
    expect(a.querySelector('magpie-save')).toBeNull();
  });

  it('renders nothing for a mention the current view does not have', async () => {
    const els = article(7);
    const { ctx } = fakeCtx();
    await mountInlineControls(ctx, entriesFor(els), fakeInlineApi().api);
    await settle();
    expect(hosts()).toHaveLength(7);
    expect(inside(hosts()[6]!).querySelector('button')).toBeNull();
  });

  it('keeps page clicks from seeing clicks on the control', async () => {
    const els = article(5);
    const { ctx } = fakeCtx();
    let pageClicks = 0;
    document.body.addEventListener('click', () => pageClicks++);
    await mountInlineControls(ctx, entriesFor(els), fakeInlineApi().api);
    await settle();
    trustedClick(button(hosts()[0]!));
    await settle();
    expect(pageClicks).toBe(0);
  });

  it('ignores clicks and keys a script makes, on the button or on its host', async () => {
    const els = article(5);
    const { ctx } = fakeCtx();
    const fake = fakeInlineApi();
    const v = sampleTabView();
    v.savedIds[3] = 'k:simon miller|bonsai 15 bag|ssense';
    fake.push(v);
    await mountInlineControls(ctx, entriesFor(els), fake.api);
    await settle();
    for (const host of hosts()) {
      button(host).click();
      button(host).dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      button(host).dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
      host.click();
      host.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    }
    await settle();
    // Nothing saved, and the reader's saved product not removed.
    expect(fake.saves).toEqual([]);
    expect(button(hosts()[3]!).getAttribute('aria-pressed')).toBe('true');
  });

  it('shows the page the same host, with no text, whatever is saved or priced', async () => {
    const els = article(5);
    const { ctx } = fakeCtx();
    const fake = fakeInlineApi();
    const v = sampleTabView();
    v.savedIds[3] = 'k:simon miller|bonsai 15 bag|ssense';
    fake.push(v);
    await mountInlineControls(ctx, entriesFor(els), fake.api);
    await settle();
    const outside = (h: HTMLElement) => ({
      attrs: h.getAttributeNames().map((n) => [n, h.getAttribute(n)]),
      text: h.textContent,
      html: h.innerHTML,
      children: h.childElementCount,
    });
    const seen = hosts().map(outside);
    // Mention 0 is priced, 3 is saved, 2 neither: the page sees one and the same host for each.
    expect(new Set(seen.map((o) => JSON.stringify(o))).size).toBe(1);
    expect(seen[0]).toEqual({ attrs: [['data-magpie-ui', '']], text: '', html: '', children: 0 });
    // Inside, words that depend on the wishlist are generated by CSS, not text a page could search for.
    for (const host of hosts()) expect(inside(host).textContent).not.toMatch(/Saved|£|\d/);
    const style = cssOf(inside(hosts()[0]!));
    expect(style).toMatch(/width: \d+px !important/);
    expect(style).toMatch(/height: \d+px !important/);
    // Its contents never size it; and it is no paint layer of its own (no clip, no layout or paint containment),
    // which the browser would walk and commit at every frame of a scroll, once per control.
    expect(style).toContain('contain: size style !important');
    const hostRule = style.slice(style.indexOf(':host'), style.indexOf('}', style.indexOf(':host')));
    expect(hostRule).not.toMatch(/overflow|contain: (strict|content)|layout|paint/);
  });

  it('saves the product the control was made for, after the page re-reported another order', async () => {
    const els = article(5);
    const { ctx } = fakeCtx();
    const fake = fakeInlineApi();
    await mountInlineControls(ctx, entriesFor(els), fake.api);
    await settle();
    const v = sampleTabView();
    const order = [4, 1, 0, 3, 2];
    fake.push({
      ...v,
      mentions: order.map((i) => v.mentions[i]!),
      states: order.map((i) => v.states[i]!),
      savedIds: order.map(() => null),
    });
    await settle();
    trustedClick(button(hosts()[1]!));
    await settle();
    // Control 1 stands for mention 1, which the latest report has at position 1 by chance; control 0 for mention 0, now at 2.
    trustedClick(button(hosts()[0]!));
    await settle();
    expect(fake.savedIds).toEqual([mentionIdOf(v.mentions[1]!), mentionIdOf(v.mentions[0]!)]);
    expect(fake.saves.map((s) => s.index)).toEqual([1, 2]);
    expect(button(hosts()[0]!).getAttribute('aria-pressed')).toBe('true');
    expect(button(hosts()[2]!).getAttribute('aria-pressed')).toBe('false');
  });

  it('adds a control to the page only when its mention nears the viewport', async () => {
    seen.restore();
    seen = fakeIntersections();
    const els = article(5);
    const { ctx } = fakeCtx();
    const controls = await mountInlineControls(ctx, entriesFor(els), fakeInlineApi().api);
    await settle();
    // Far mentions add nothing to the page: the observer watches the article's own elements.
    expect(hosts()).toHaveLength(0);
    expect(controls.count).toBe(5);
    expect(seen.observed()).toBe(5);
    seen.show(els[3]!, els[1]!);
    expect(hosts().map((h) => h.parentElement)).toEqual([els[1], els[3]]);
    // Made whole at once (host, root and button), so the page never sees an empty host.
    expect(hosts().every((h) => inside(h).querySelector('button') !== null)).toBe(true);
    // Made once: shown again it is not doubled.
    seen.show(els[3]!);
    expect(hosts()).toHaveLength(2);
    expect(button(els[3]!.lastElementChild!).getAttribute('aria-label')).toBe(
      `Save ${sampleTabView().mentions[3]!.brand} ${sampleTabView().mentions[3]!.name} to Magpie`,
    );
  });

  it('once the reader scrolls, makes the controls that follow a batch in the article along with it', async () => {
    seen.restore();
    seen = fakeIntersections();
    const els = article(READ_AHEAD + 10);
    const { ctx } = fakeCtx();
    await mountInlineControls(ctx, entriesFor(els), fakeInlineApi().api);
    await settle();
    // On arrival, only what is near: the reader may never scroll.
    seen.show(els[0]!, els[1]!);
    expect(hosts()).toHaveLength(2);
    // Scrolling brings mention 5 near: it and the READ_AHEAD after it come in one batch (one layout
    // and paint of the article rather than one per few controls); the ones before it wait their turn.
    seen.show(els[5]!);
    const made = hosts().map((h) => els.indexOf(h.parentElement!));
    expect(made).toEqual([0, 1, ...Array.from({ length: READ_AHEAD + 1 }, (_, k) => 5 + k)]);
    seen.show(els[3]!);
    expect(hosts()).toHaveLength(made.length + 2);
  });

  it('never makes a control a later mount replaced, nor one of a removed mount', async () => {
    seen.restore();
    seen = fakeIntersections();
    const els = article(3);
    const { ctx } = fakeCtx();
    const first = await mountInlineControls(ctx, entriesFor(els), fakeInlineApi().api);
    await mountInlineControls(ctx, entriesFor(els.slice(0, 2)), fakeInlineApi().api);
    await settle();
    // The second mount took over mentions 0 and 1; the first still watches mention 2 only.
    expect(seen.observed()).toBe(3);
    seen.show(...els);
    expect(hosts().map((h) => h.parentElement)).toEqual(els);
    first.remove();
    expect(hosts().map((h) => h.parentElement)).toEqual(els.slice(0, 2));
  });

  it('repaints only the controls a streamed delta names', async () => {
    const els = article(5);
    const { ctx } = fakeCtx();
    const view = sampleTabView();
    const pending = { ...view, states: view.states.map(() => ({ status: 'pending' as const })) };
    const fake = fakeInlineApi({ view: pending });
    await mountInlineControls(ctx, entriesFor(els), fake.api);
    await settle();
    const price = (n: number) => inside(hosts()[n]!).querySelector('.mg-price')?.getAttribute('data-t') ?? null;
    expect(hosts().map((_, n) => price(n))).toEqual([null, null, null, null, null]);
    // Controls not named by the delta are left alone: not even read to compare.
    const untouched = button(hosts()[1]!);
    const reads = vi.spyOn(untouched, 'getAttribute');
    fake.pushDelta({
      pageUrl: view.pageUrl,
      count: view.mentions.length,
      changes: [{ index: 0, id: mentionIdOf(view.mentions[0]!), state: view.states[0]! }],
    });
    await settle();
    expect(price(0)).toBe('now £395.00');
    expect(
      hosts()
        .slice(1)
        .map((_, n) => price(n + 1)),
    ).toEqual([null, null, null, null]);
    expect(reads).not.toHaveBeenCalled();
    fake.push(view);
    await settle();
    // A whole view repaints every control.
    expect(reads).toHaveBeenCalled();
  });

  it('asks for the whole view when a delta does not fit the view it holds', async () => {
    const els = article(5);
    const { ctx } = fakeCtx();
    const view = sampleTabView();
    const fake = fakeInlineApi({ view: { ...view, states: view.states.map(() => ({ status: 'pending' as const })) } });
    const asked = vi.spyOn(fake.api, 'getTabView');
    await mountInlineControls(ctx, entriesFor(els), fake.api);
    await settle();
    expect(asked).toHaveBeenCalledTimes(1);
    // Mention 1's id at index 0: another report of the page.
    fake.pushDelta({
      pageUrl: view.pageUrl,
      count: view.mentions.length,
      changes: [{ index: 0, id: mentionIdOf(view.mentions[1]!), state: view.states[0]! }],
    });
    await settle();
    expect(asked).toHaveBeenCalledTimes(2);
    expect(inside(hosts()[0]!).querySelector('.mg-price')?.getAttribute('data-t')).toBe('now £395.00');
  });
  it('keeps a streamed state that overtook the answer to its own request for the whole view', async () => {
    const els = article(5);
    const { ctx } = fakeCtx();
    const view = sampleTabView();
    const pending = { ...view, states: view.states.map(() => ({ status: 'pending' as const })) };
    const fake = fakeInlineApi({ view: pending });
    const asked = vi.spyOn(fake.api, 'getTabView');
    await mountInlineControls(ctx, entriesFor(els), fake.api);
    await settle();
    // The next answer is read now (every state pending) and held in transit.
    let release = () => {};
    asked.mockImplementationOnce(() => new Promise((resolve) => (release = () => resolve(structuredClone(pending)))));
    // A delta that does not fit (another report of the page) asks for the whole view ...
    fake.pushDelta({
      pageUrl: view.pageUrl,
      count: view.mentions.length,
      changes: [{ index: 0, id: mentionIdOf(view.mentions[1]!), state: view.states[0]! }],
    });
    await settle();
    // ... and one that fits arrives while that answer is on its way.
    fake.pushDelta({
      pageUrl: view.pageUrl,
      count: view.mentions.length,
      changes: [{ index: 0, id: mentionIdOf(view.mentions[0]!), state: view.states[0]! }],
    });
    await settle();
    const price = (n: number) => inside(hosts()[n]!).querySelector('.mg-price')?.getAttribute('data-t') ?? null;
    const shown = price(0);
    expect(shown).toBe('now £395.00');
    release();
    await settle();
    // The stale answer did not take it back, and the view was asked for once more.
    expect(price(0)).toBe(shown);
    expect(asked).toHaveBeenCalledTimes(3);
  });
  it('takes a whole view that overtook the answer to its question, and asks nothing more', async () => {
    const els = article(5);
    const { ctx } = fakeCtx();
    const view = sampleTabView();
    const pending = { ...view, states: view.states.map(() => ({ status: 'pending' as const })) };
    const fake = fakeInlineApi({ view: pending });
    let release = () => {};
    const asked = vi
      .spyOn(fake.api, 'getTabView')
      .mockImplementationOnce(() => new Promise((resolve) => (release = () => resolve(structuredClone(pending)))));
    const mounted = mountInlineControls(ctx, entriesFor(els), fake.api);
    // The tab's run pushes its first view (prices in) while the page's question is on its way.
    fake.push(view);
    await mounted;
    await settle();
    release();
    await settle();
    expect(inside(hosts()[0]!).querySelector('.mg-price')?.getAttribute('data-t')).toBe('now £395.00');
    expect(asked).toHaveBeenCalledTimes(1);
  });
});
