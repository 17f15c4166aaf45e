import { describe, expect, it, vi } from 'vitest';
import { buildControl, paintControl, type ControlProps } from '@/lib/inline/control-dom';
import { INLINE_CSS } from '@/lib/inline/inline-css';
import type { ResolveState } from '@/lib/protocol/resolve-state';
import { trustedClick } from './fakes';

const resolved: ResolveState = {
  status: 'resolved',
  checkedAt: 1,
  listing: { title: null, brand: null, price: 395, currency: 'GBP', availability: 'InStock', image: null, url: null },
};
const base: ControlProps = {
  label: 'Staud Shirley Bag',
  state: undefined,
  saved: false,
  busy: false,
  error: null,
  undo: false,
  tone: 'light',
};

function control(props: Partial<ControlProps> = {}, onToggle = () => {}) {
  const parts = buildControl(document, onToggle);
  paintControl(parts, { ...base, ...props });
  // As mounted: inside a closed shadow root whose host sits in the page.
  const host = document.createElement('span');
  document.body.append(host);
  host.attachShadow({ mode: 'closed' }).append(parts.wrap);
  return parts;
}

describe('the inline control', () => {
  it('is a save toggle named after the product', () => {
    const { button } = control();
    expect(button.getAttribute('aria-pressed')).toBe('false');
    // One accessible name in both states; the visible word is drawn by CSS and hidden from screen readers.
    expect(button.getAttribute('aria-label')).toBe('Save Staud Shirley Bag to Magpie');
    expect(button.querySelector('.mg-t[aria-hidden="true"]')?.getAttribute('data-t')).toBe('Save');
    expect(button.querySelector('.mg-i')?.getAttribute('aria-hidden')).toBe('true');
    // No SVG: the bookmark is CSS borders, so a long article does not lay out and paint 200 SVG roots.
    expect(button.querySelector('svg')).toBeNull();
  });

  it('says Saved and is pressed when saved, with no text a page could search', () => {
    const { wrap, button } = control({ label: 'x', saved: true });
    expect(button.getAttribute('aria-pressed')).toBe('true');
    expect(button.getAttribute('aria-label')).toBe('Save x to Magpie');
    expect(button.querySelector('.mg-t')?.getAttribute('data-t')).toBe('Saved');
    expect(wrap.textContent).toBe('');
  });

  it('shows the current price once resolved, nothing while pending, and follows repaints', () => {
    const parts = control({ state: { status: 'pending' } });
    expect(parts.wrap.querySelector('.mg-price')).toBeNull();
    paintControl(parts, { ...base, state: resolved });
    expect(parts.wrap.querySelector('.mg-price')?.getAttribute('data-t')).toBe('now £395.00');
    expect(parts.wrap.textContent).toBe('');
    paintControl(parts, { ...base, state: { status: 'pending' } });
    expect(parts.wrap.querySelector('.mg-side')).toBeNull();
  });

  it('calls back on a reader’s click without letting the click reach the page', () => {
    const onToggle = vi.fn();
    const pageHandler = vi.fn();
    const { button } = control({}, onToggle);
    document.body.addEventListener('click', pageHandler);
    trustedClick(button);
    document.body.removeEventListener('click', pageHandler);
    expect(onToggle).toHaveBeenCalledTimes(1);
    expect(pageHandler).not.toHaveBeenCalled();
  });

  it('ignores clicks that are not the reader’s (isTrusted false)', () => {
    const onToggle = vi.fn();
    const { button } = control({ saved: true }, onToggle);
    button.click();
    button.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    expect(onToggle).not.toHaveBeenCalled();
  });

  it('ignores a reader’s click the page steered onto it while fading the article (clickjacking)', () => {
    const onToggle = vi.fn();
    const { button } = control({}, onToggle);
    const host = (button.getRootNode() as ShadowRoot).host as HTMLElement;
    const faded = document.createElement('div');
    faded.style.opacity = '0.05';
    host.replaceWith(faded);
    faded.append(host);
    trustedClick(button);
    expect(onToggle).not.toHaveBeenCalled();
    faded.style.opacity = '1';
    trustedClick(button);
    expect(onToggle).toHaveBeenCalledTimes(1);
  });

  it('stays focusable while busy (aria-disabled) and shows an error as a status', () => {
    const { button, wrap } = control({ busy: true, error: 'Not saved' });
    expect(button.hasAttribute('disabled')).toBe(false);
    expect(button.getAttribute('aria-disabled')).toBe('true');
    expect(wrap.querySelector('.mg-error')?.getAttribute('data-t')).toBe('Not saved');
    expect(wrap.querySelector('.mg-error')?.getAttribute('role')).toBe('status');
  });

  it('reads Undo just after a remove, and fills the bookmark only when saved', () => {
    const parts = control({ undo: true });
    expect(parts.word.getAttribute('data-t')).toBe('Undo');
    expect(parts.button.getAttribute('aria-pressed')).toBe('false');
    paintControl(parts, { ...base, saved: true });
    expect(parts.button.getAttribute('aria-pressed')).toBe('true');
    // The pressed state alone fills the bookmark (solid in the text colour), in both tones.
    expect(INLINE_CSS).toContain(".mg-save[aria-pressed='true'] .mg-i { border-color: currentColor currentColor");
    expect(INLINE_CSS).toContain(".mg-dark .mg-save[aria-pressed='true'] .mg-i { border-color: currentColor");
  });
});
