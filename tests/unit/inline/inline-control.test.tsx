import { afterEach, describe, expect, it, vi } from 'vitest';
import { InlineControl } from '@/lib/inline/InlineControl';
import type { ResolveState } from '@/lib/protocol/resolve-state';
import { cleanup, click, mount, text } from '../components/dom';
import { trustedClick } from './fakes';

afterEach(cleanup);

const resolved: ResolveState = {
  status: 'resolved',
  checkedAt: 1,
  listing: { title: null, brand: null, price: 395, currency: 'GBP', availability: 'InStock', image: null, url: null },
};

describe('InlineControl', () => {
  it('is a save toggle named after the product', () => {
    const { root } = mount(<InlineControl label="Staud Shirley Bag" state={undefined} saved={false} busy={false} error={null} onToggle={() => {}} />);
    const button = root.querySelector('button');
    expect(button?.getAttribute('aria-pressed')).toBe('false');
    // One accessible name in both states; the visible word is drawn by CSS and hidden from screen readers.
    expect(button?.getAttribute('aria-label')).toBe('Save Staud Shirley Bag to Magpie');
    expect(button?.querySelector('span[aria-hidden="true"]')?.getAttribute('data-t')).toBe('Save');
    expect(button?.querySelector('svg')?.getAttribute('aria-hidden')).toBe('true');
  });

  it('says Saved and is pressed when saved', () => {
    const { root } = mount(<InlineControl label="x" state={undefined} saved busy={false} error={null} onToggle={() => {}} />);
    expect(root.querySelector('button')?.getAttribute('aria-pressed')).toBe('true');
    expect(root.querySelector('button')?.getAttribute('aria-label')).toBe('Save x to Magpie');
    // Drawn by CSS from the attribute, so a page cannot find the word in the text.
    expect(root.querySelector('button .mg-t')?.getAttribute('data-t')).toBe('Saved');
    expect(text(root)).toBe('');
  });

  it('shows the current price once resolved, nothing while pending', () => {
    const pending = mount(<InlineControl label="x" state={{ status: 'pending' }} saved={false} busy={false} error={null} onToggle={() => {}} />);
    expect(pending.root.querySelector('.mg-price')).toBeNull();
    const done = mount(<InlineControl label="x" state={resolved} saved={false} busy={false} error={null} onToggle={() => {}} />);
    // The chip says what the price is, drawn by CSS so the page cannot search it.
    expect(done.root.querySelector('.mg-price')?.getAttribute('data-t')).toBe('now £395.00');
    expect(text(done.root)).toBe('');
  });

  it('calls back on click without letting the click reach the page', () => {
    const onToggle = vi.fn();
    const pageHandler = vi.fn();
    const { root } = mount(<InlineControl label="x" state={undefined} saved={false} busy={false} error={null} onToggle={onToggle} />);
    root.addEventListener('click', pageHandler);
    trustedClick(root.querySelector('button')!);
    expect(onToggle).toHaveBeenCalledTimes(1);
    expect(pageHandler).not.toHaveBeenCalled();
  });

  it('ignores clicks that are not the reader’s (isTrusted false)', () => {
    const onToggle = vi.fn();
    const { root } = mount(<InlineControl label="x" state={undefined} saved busy={false} error={null} onToggle={onToggle} />);
    click(root.querySelector('button'));
    root.querySelector('button')!.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    expect(onToggle).not.toHaveBeenCalled();
  });

  it('stays focusable while busy (aria-disabled, so focus does not fall to the page) and shows an error', () => {
    const { root } = mount(<InlineControl label="x" state={undefined} saved={false} busy error="Not saved" onToggle={() => {}} />);
    expect(root.querySelector('button')?.hasAttribute('disabled')).toBe(false);
    expect(root.querySelector('button')?.getAttribute('aria-disabled')).toBe('true');
    expect(root.querySelector('.mg-error')?.getAttribute('data-t')).toBe('Not saved');
    expect(root.querySelector('.mg-error')?.getAttribute('role')).toBe('status');
  });
});
