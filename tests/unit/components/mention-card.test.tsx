import { afterEach, describe, expect, it, vi } from 'vitest';
import { MentionCard } from '@/components/MentionCard';
import type { Mention } from '@/lib/detect/types';
import type { ResolveState } from '@/lib/protocol/resolve-state';
import { REASONS } from '@/lib/protocol/reasons';
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
  listing: {
    title: 't',
    brand: 'Jacquemus',
    price,
    currency: extra.currency ?? 'GBP',
    availability: 'InStock',
    image: extra.image ?? null,
    url: 'https://www.net-a-porter.com/x',
  },
});

function card(
  state: ResolveState | undefined,
  saved = false,
  onToggle = () => {},
  extra: { image?: string | null; busy?: boolean; mention?: Mention } = {},
) {
  return mount(
    <ul>
      <MentionCard
        mention={extra.mention ?? mention}
        image={extra.image}
        state={state}
        saved={saved}
        busy={extra.busy ?? false}
        onToggle={onToggle}
      />
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
    expect(
      card(resolved(1, { image: 'https://cdn.example.com/a.jpg' }))
        .querySelector('img')
        ?.getAttribute('src'),
    ).toBe('https://cdn.example.com/a.jpg');
    cleanup();
    expect(card(resolved(1, { image: 'javascript:alert(1)' })).querySelector('img')).toBeNull();
  });

  it('says a failed check in plain words, keeps the precise reason in the tooltip, and still shows the article price', () => {
    const root = card({ status: 'unavailable', reason: REASONS.timeout(10_000) });
    const note = root.querySelector('.state-unavailable .state-note');
    expect(text(note)).toBe('The shop didn’t answer');
    expect(note?.getAttribute('title')).toBe('Timed out after 10 s');
    expect(text(root.querySelector('.state-unavailable .price'))).toBe('In the article: £450.00');
    cleanup();
    expect(text(card({ status: 'unavailable', reason: REASONS.notFound(404) }).querySelector('.state-note'))).toBe(
      'The shop no longer lists this product',
    );
    cleanup();
    expect(text(card({ status: 'unavailable', reason: REASONS.serverError(503) }).querySelector('.state-note'))).toBe(
      'The shop’s site has a problem',
    );
  });

  it('with live prices off shows the article price and picture, and no failure line', () => {
    const root = card({ status: 'unavailable', reason: REASONS.noPermission }, false, () => {}, {
      image: 'https://mag.example/img/pouch.jpg',
    });
    expect(text(root.querySelector('.state-article'))).toBe('In the article: £450.00');
    expect(root.querySelector('.state-note')).toBeNull();
    expect(text(root)).not.toContain('Live price checks are off');
    expect(root.querySelector('.thumb img')?.getAttribute('src')).toBe('https://mag.example/img/pouch.jpg');
  });

  it('prefers the shop picture once resolved, and shows a placeholder without any picture', () => {
    const root = card(resolved(1, { image: 'https://cdn.example.com/a.jpg' }), false, () => {}, {
      image: 'https://mag.example/b.jpg',
    });
    expect(root.querySelector('.thumb img')?.getAttribute('src')).toBe('https://cdn.example.com/a.jpg');
    cleanup();
    const empty = card({ status: 'pending' });
    expect(empty.querySelector('.thumb img')).toBeNull();
    expect(text(empty.querySelector('.thumb-empty'))).toBe('J');
  });

  it('is a heading that links to the article’s own link, with the whole name in its tooltip', () => {
    const long = {
      ...mention,
      name: 'Le Chiquito Mini Leather Top-Handle Bag With Detachable Strap In Croc-Effect Calfskin',
    };
    const root = card({ status: 'pending' }, false, () => {}, { mention: long });
    const heading = root.querySelector('h3.card-title');
    expect(heading?.getAttribute('title')).toBe(`Jacquemus ${long.name}`);
    const a = heading?.querySelector('a');
    expect(a?.getAttribute('href')).toBe('https://www.net-a-porter.com/x');
    expect(a?.getAttribute('rel')).toBe('noopener noreferrer');
    expect(text(a)).toBe(`Jacquemus ${long.name}`);
  });

  it('stays focusable while busy (aria-disabled) and ignores clicks then', () => {
    const onToggle = vi.fn();
    const root = card({ status: 'pending' }, false, onToggle, { busy: true });
    const button = root.querySelector('button.save') as HTMLButtonElement;
    expect(button.disabled).toBe(false);
    expect(button.getAttribute('aria-disabled')).toBe('true');
    click(button);
    expect(onToggle).not.toHaveBeenCalled();
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
    expect(text(root.querySelector('.state-not-found'))).toContain('Not found');
    expect(root.querySelector('.state-not-found a')).toBeNull();
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
    // One name whatever the state; the state is aria-pressed alone.
    expect(saved?.querySelector('.sr-only')?.textContent).toBe('Save Jacquemus Le Chiquito Mini');
    expect(button?.querySelector('.sr-only')?.textContent).toBe('Save Jacquemus Le Chiquito Mini');
  });
});
