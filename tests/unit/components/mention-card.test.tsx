import { afterEach, describe, expect, it, vi } from 'vitest';
import { MentionCard } from '@/components/MentionCard';
import type { Mention } from '@/lib/detect/types';
import type { ResolveState } from '@/lib/resolve/types';
import { cleanup, click, mount, text } from './dom';

afterEach(cleanup);

const mention: Mention = {
  brand: 'Jacquemus',
  name: 'Le Chiquito Mini',
  price: { amount: 450, currency: 'GBP' },
  retailer: 'Net-a-Porter',
  url: 'https://www.net-a-porter.com/x',
};

const resolved = (price: number, extra: Partial<{ image: string | null; currency: string }> = {}): ResolveState => ({
  status: 'resolved',
  checkedAt: 1,
  listing: { title: 't', brand: 'Jacquemus', price, currency: extra.currency ?? 'GBP', availability: 'InStock', image: extra.image ?? null, url: 'https://www.net-a-porter.com/x' },
});

function card(state: ResolveState | undefined, saved = false, onToggle = () => {}) {
  return mount(
    <ul>
      <MentionCard mention={mention} state={state} saved={saved} busy={false} onToggle={onToggle} />
    </ul>,
  ).root;
}

describe('MentionCard', () => {
  it('shows brand, name and retailer', () => {
    const root = card({ status: 'pending' });
    expect(text(root.querySelector('.brand'))).toBe('Jacquemus');
    expect(text(root.querySelector('.name'))).toBe('Le Chiquito Mini');
    expect(text(root.querySelector('.retailer'))).toBe('Net-a-Porter');
  });

  it('shows a progress indicator while pending', () => {
    const root = card({ status: 'pending' });
    expect(root.querySelector('.state-pending .spinner')).not.toBeNull();
    expect(text(root.querySelector('.state-pending'))).toContain('Checking');
    expect(root.querySelector('li')?.getAttribute('aria-busy')).toBe('true');
  });

  it('compares a lower current price with the article price', () => {
    const root = card(resolved(395));
    const state = text(root.querySelector('.state-resolved'));
    expect(state).toContain('Now £395.00');
    expect(state).toContain('down from £450.00');
    expect(root.querySelector('.trend-down')).not.toBeNull();
    expect(text(root.querySelector('.avail'))).toBe('In stock');
  });

  it('marks a higher price as up and an equal one as the same', () => {
    expect(card(resolved(500)).querySelector('.trend-up')).not.toBeNull();
    cleanup();
    expect(text(card(resolved(450)).querySelector('.trend-same'))).toContain('same as the article');
  });

  it('does not compare prices in different currencies', () => {
    const root = card(resolved(500, { currency: 'EUR' }));
    expect(root.querySelector('.trend')).toBeNull();
    expect(text(root.querySelector('.price-was'))).toContain('£450.00');
  });

  it('renders the listing image only for http(s) sources', () => {
    expect(card(resolved(1, { image: 'https://cdn.example.com/a.jpg' })).querySelector('img')?.getAttribute('src')).toBe(
      'https://cdn.example.com/a.jpg',
    );
    cleanup();
    expect(card(resolved(1, { image: 'javascript:alert(1)' })).querySelector('img')).toBeNull();
  });

  it('shows the reason when the shop could not be read', () => {
    const root = card({ status: 'unavailable', reason: 'The shop did not answer in time.' });
    expect(text(root.querySelector('.state-unavailable'))).toBe('The shop did not answer in time.');
  });

  it('offers a search link at the retailer when not found', () => {
    const root = card({ status: 'not-found', searchUrl: 'https://www.net-a-porter.com/search?q=chiquito' });
    const a = root.querySelector('.state-not-found a');
    expect(text(a)).toBe('Search at Net-a-Porter');
    expect(a?.getAttribute('href')).toBe('https://www.net-a-porter.com/search?q=chiquito');
    expect(a?.getAttribute('rel')).toBe('noopener noreferrer');
  });

  it('renders no link for a not-found state without a search URL', () => {
    const root = card({ status: 'not-found', searchUrl: null });
    expect(root.querySelector('a')).toBeNull();
    expect(text(root.querySelector('.state-not-found'))).toContain('Not found');
  });

  it('is a toggle button: aria-pressed follows saved, clicking calls back', () => {
    const onToggle = vi.fn();
    const root = card({ status: 'pending' }, false, onToggle);
    const button = root.querySelector('button.save');
    expect(button?.getAttribute('aria-pressed')).toBe('false');
    expect(text(button)).toContain('Save');
    click(button);
    expect(onToggle).toHaveBeenCalledTimes(1);
    cleanup();
    const saved = card({ status: 'pending' }, true).querySelector('button.save');
    expect(saved?.getAttribute('aria-pressed')).toBe('true');
    expect(text(saved)).toMatch(/^Saved/);
  });
});
