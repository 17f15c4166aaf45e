import { afterEach, describe, expect, it, vi } from 'vitest';
import { InlineControl } from '@/lib/inline/InlineControl';
import type { ResolveState } from '@/lib/resolve/types';
import { cleanup, click, mount, text } from '../components/dom';

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
    // One accessible name in both states; the visible word is hidden from screen readers.
    expect(text(button?.querySelector('.mg-sr'))).toBe('Save Staud Shirley Bag to Magpie');
    expect(button?.querySelector('span[aria-hidden="true"]')?.textContent).toBe('Save');
    expect(button?.querySelector('svg')?.getAttribute('aria-hidden')).toBe('true');
  });

  it('says Saved and is pressed when saved', () => {
    const { root } = mount(<InlineControl label="x" state={undefined} saved busy={false} error={null} onToggle={() => {}} />);
    expect(root.querySelector('button')?.getAttribute('aria-pressed')).toBe('true');
    expect(text(root.querySelector('button span'))).toBe('Saved');
  });

  it('shows the current price once resolved, nothing while pending', () => {
    const pending = mount(<InlineControl label="x" state={{ status: 'pending' }} saved={false} busy={false} error={null} onToggle={() => {}} />);
    expect(pending.root.querySelector('.mg-price')).toBeNull();
    const done = mount(<InlineControl label="x" state={resolved} saved={false} busy={false} error={null} onToggle={() => {}} />);
    // The chip says what the price is, to every reader.
    expect(text(done.root.querySelector('.mg-price'))).toBe('now £395.00');
  });

  it('calls back on click without letting the click reach the page', () => {
    const onToggle = vi.fn();
    const pageHandler = vi.fn();
    const { root } = mount(<InlineControl label="x" state={undefined} saved={false} busy={false} error={null} onToggle={onToggle} />);
    root.addEventListener('click', pageHandler);
    click(root.querySelector('button'));
    expect(onToggle).toHaveBeenCalledTimes(1);
    expect(pageHandler).not.toHaveBeenCalled();
  });

  it('stays focusable while busy (aria-disabled, so focus does not fall to the page) and shows an error', () => {
    const { root } = mount(<InlineControl label="x" state={undefined} saved={false} busy error="Not saved" onToggle={() => {}} />);
    expect(root.querySelector('button')?.hasAttribute('disabled')).toBe(false);
    expect(root.querySelector('button')?.getAttribute('aria-disabled')).toBe('true');
    expect(text(root.querySelector('.mg-error'))).toBe('Not saved');
  });
});
