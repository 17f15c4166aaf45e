import { render, type ComponentChild } from 'preact';
import { act } from 'preact/test-utils';

/** A rendered tree in a fresh container, with small query and event helpers. */
export interface Mounted {
  root: HTMLElement;
  unmount(): void;
}

const mounted: Mounted[] = [];

export function mount(vnode: ComponentChild): Mounted {
  const root = document.createElement('div');
  document.body.append(root);
  act(() => {
    render(vnode, root);
  });
  const m = {
    root,
    unmount() {
      act(() => render(null, root));
      root.remove();
    },
  };
  mounted.push(m);
  return m;
}

export function cleanup(): void {
  while (mounted.length) mounted.pop()?.unmount();
}

/** Lets pending promises and Preact updates settle (several rounds: mocks chain a few awaits). */
export async function settle(rounds = 6): Promise<void> {
  for (let i = 0; i < rounds; i++) {
    await act(async () => {
      await new Promise<void>((r) => setTimeout(r, 0));
    });
  }
}

export function click(el: Element | null | undefined): void {
  if (!el) throw new Error('click: no element');
  act(() => {
    (el as HTMLElement).click();
  });
}

export function typeInto(el: Element | null | undefined, value: string): void {
  if (!el) throw new Error('typeInto: no element');
  const input = el as HTMLInputElement;
  act(() => {
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

export function choose(el: Element | null | undefined, value: string): void {
  if (!el) throw new Error('choose: no element');
  const select = el as HTMLSelectElement | HTMLInputElement;
  act(() => {
    if (select instanceof HTMLInputElement && select.type === 'checkbox') select.checked = value === 'on';
    else select.value = value;
    select.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

export function key(el: Element | null | undefined, k: string): void {
  if (!el) throw new Error('key: no element');
  act(() => {
    el.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, cancelable: true }));
  });
}

/** Visible text with whitespace squashed. */
export const text = (el: Element | null | undefined): string => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Every element of `selector` whose text contains `needle`. */
export function allByText(root: ParentNode, selector: string, needle: string): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(selector)].filter((e) => text(e).includes(needle));
}

/** The one element of `selector` whose text contains `needle`; throws on none or several. */
export function byText(root: ParentNode, selector: string, needle: string): HTMLElement {
  const found = allByText(root, selector, needle);
  if (found.length !== 1) throw new Error(`expected one ${selector} with "${needle}", found ${found.length}`);
  return found[0]!;
}

export function submit(form: Element | null | undefined): void {
  if (!form) throw new Error('submit: no form');
  act(() => {
    form.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
  });
}
