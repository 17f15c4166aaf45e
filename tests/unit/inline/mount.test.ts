import { afterEach, describe, expect, it } from 'vitest';
import { mountInlineControls } from '@/lib/inline/mount';
import { sampleTabView } from '@/lib/api/mock-data';
import { fakeCtx, fakeInlineApi } from './fakes';

const settle = async (n = 5) => {
  for (let i = 0; i < n; i++) await new Promise((r) => setTimeout(r, 0));
};

function article(count: number): HTMLElement[] {
  document.body.innerHTML = `<article>${Array.from({ length: count }, (_, i) => `<p id="m${i}">Product ${i}, £${100 + i}</p>`).join('')}</article>`;
  return Array.from({ length: count }, (_, i) => document.getElementById(`m${i}`)!);
}

const hosts = () => [...document.querySelectorAll('magpie-save')] as HTMLElement[];
const button = (host: Element) => host.shadowRoot!.querySelector('button')!;

afterEach(() => {
  document.body.innerHTML = '';
});

describe('mountInlineControls', () => {
  it('puts one isolated control at the end of each mention element', async () => {
    const els = article(5);
    const { ctx } = fakeCtx();
    const { api } = fakeInlineApi();
    const controls = await mountInlineControls(ctx, els.map((element, index) => ({ element, index })), api);
    await settle();
    expect(controls.count).toBe(5);
    expect(hosts()).toHaveLength(5);
    els.forEach((p, i) => {
      const host = p.lastElementChild as HTMLElement;
      expect(host.tagName).toBe('MAGPIE-SAVE');
      expect(host.hasAttribute('data-magpie-ui')).toBe(true);
      expect(host.shadowRoot).not.toBeNull();
      // The article text is untouched.
      expect(p.firstChild?.textContent).toBe(`Product ${i}, £${100 + i}`);
    });
    const style = hosts()[0]!.shadowRoot!.querySelector('style')!.textContent!;
    expect(style).toContain('all:initial');
    expect(style).toContain('display: inline-block !important');
    expect(style).toContain('vertical-align: middle !important');
  });

  it('shows the current price of resolved mentions', async () => {
    const els = article(5);
    const { ctx } = fakeCtx();
    const { api } = fakeInlineApi();
    await mountInlineControls(ctx, els.map((element, index) => ({ element, index })), api);
    await settle();
    expect(hosts()[0]!.shadowRoot!.querySelector('.mg-price')?.textContent).toContain('£395.00');
    expect(hosts()[2]!.shadowRoot!.querySelector('.mg-price')).toBeNull();
  });

  it('saves through the api on click and follows the pushed view', async () => {
    const els = article(5);
    const { ctx } = fakeCtx();
    const fake = fakeInlineApi();
    await mountInlineControls(ctx, els.map((element, index) => ({ element, index })), fake.api);
    await settle();
    button(hosts()[1]!).click();
    await settle();
    expect(fake.saves).toEqual([{ index: 1, save: true }]);
    expect(button(hosts()[1]!).getAttribute('aria-pressed')).toBe('true');
    button(hosts()[1]!).click();
    await settle();
    expect(fake.saves[1]).toEqual({ index: 1, save: false });
    expect(button(hosts()[1]!).getAttribute('aria-pressed')).toBe('false');
  });

  it('reflects saves made elsewhere (the popup) when a view is pushed', async () => {
    const els = article(5);
    const { ctx } = fakeCtx();
    const fake = fakeInlineApi();
    await mountInlineControls(ctx, els.map((element, index) => ({ element, index })), fake.api);
    await settle();
    const v = sampleTabView();
    v.savedIds[3] = 'k:simon miller|bonsai 15 bag|ssense';
    fake.push(v);
    await settle();
    expect(hosts().map((h) => button(h).getAttribute('aria-pressed'))).toEqual(['false', 'false', 'false', 'true', 'false']);
  });

  it('shows a short error when the save fails', async () => {
    const els = article(5);
    const { ctx } = fakeCtx();
    const fake = fakeInlineApi({ failSave: true });
    await mountInlineControls(ctx, els.map((element, index) => ({ element, index })), fake.api);
    await settle();
    button(hosts()[0]!).click();
    await settle();
    expect(hosts()[0]!.shadowRoot!.querySelector('.mg-error')?.textContent).toBe('Not saved');
    expect(button(hosts()[0]!).getAttribute('aria-pressed')).toBe('false');
  });

  it('mounts nothing while the setting is off, and follows it when it changes', async () => {
    const els = article(3);
    const { ctx } = fakeCtx();
    const view = sampleTabView();
    const fake = fakeInlineApi({ enabled: false, view: { ...view, mentions: view.mentions.slice(0, 3), states: view.states.slice(0, 3), savedIds: [null, null, null] } });
    const controls = await mountInlineControls(ctx, els.map((element, index) => ({ element, index })), fake.api);
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
    await mountInlineControls(ctx, els.map((element, index) => ({ element, index })), fake.api);
    await settle();
    expect(fake.subscribers()).toBe(2);
    invalidate();
    expect(hosts()).toHaveLength(0);
    expect(fake.subscribers()).toBe(0);
  });

  it('replaces rather than doubles controls when mounted again', async () => {
    const els = article(5);
    const { ctx } = fakeCtx();
    const entries = els.map((element, index) => ({ element, index }));
    await mountInlineControls(ctx, entries, fakeInlineApi().api);
    await mountInlineControls(ctx, entries, fakeInlineApi().api);
    await settle();
    expect(hosts()).toHaveLength(5);
  });

  it('places the control after a link mention so clicking it cannot follow the link', async () => {
    document.body.innerHTML = '<p>Try <a id="m" href="https://shop.example/bag">the Staud bag</a> today.</p>';
    const a = document.getElementById('m')!;
    const { ctx } = fakeCtx();
    await mountInlineControls(ctx, [{ element: a, index: 0 }], fakeInlineApi().api);
    await settle();
    expect(a.nextElementSibling?.tagName).toBe('MAGPIE-SAVE');
    expect(a.querySelector('magpie-save')).toBeNull();
  });

  it('renders nothing for a mention the current view does not have', async () => {
    const els = article(7);
    const { ctx } = fakeCtx();
    await mountInlineControls(ctx, els.map((element, index) => ({ element, index })), fakeInlineApi().api);
    await settle();
    expect(hosts()).toHaveLength(7);
    expect(hosts()[6]!.shadowRoot!.querySelector('button')).toBeNull();
  });

  it('keeps page clicks from seeing clicks on the control', async () => {
    const els = article(5);
    const { ctx } = fakeCtx();
    let pageClicks = 0;
    document.body.addEventListener('click', () => pageClicks++);
    await mountInlineControls(ctx, els.map((element, index) => ({ element, index })), fakeInlineApi().api);
    await settle();
    button(hosts()[0]!).click();
    await settle();
    expect(pageClicks).toBe(0);
  });
});
