import type { ResolveState } from '../protocol/resolve-state';
import { formatPrice } from '../price/format';

interface Props {
  /** "Brand Name", for the button's accessible name. */
  label: string;
  state: ResolveState | undefined;
  saved: boolean;
  busy: boolean;
  error: string | null;
  onToggle: () => void;
  /** Just removed here: the button reads "Undo" and pressing it saves the item back, notes and all. */
  undo?: boolean;
  /** The article's own background behind the control: the pill's colours follow it. */
  tone?: 'light' | 'dark';
}

function Bookmark({ filled }: { filled: boolean }) {
  return (
    <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path d="M6 3h12a1 1 0 0 1 1 1v17l-7-4.5L5 21V4a1 1 0 0 1 1-1z" fill={filled ? 'currentColor' : 'none'} stroke="currentColor" stroke-width="2.5" stroke-linejoin="round" />
    </svg>
  );
}

/**
 * The control beside a mention in an article: a save toggle and, once the shop answered, today's
 * price. Words that depend on the wishlist ("Saved", the price, an error) are drawn by CSS from a
 * data attribute (`::before { content: attr(data-t) }`) rather than written as text: a page can
 * search the text of closed shadow roots (window.find), but not generated content. Screen readers
 * still get them, from the button's aria-label and the generated text.
 */
export function InlineControl({ label, state, saved, busy, error, onToggle, tone = 'light', undo = false }: Props) {
  const listing = state?.status === 'resolved' ? state.listing : null;
  const price = listing?.price != null && listing.currency ? formatPrice(listing.price, listing.currency) : null;
  const side = error ?? price;
  return (
    <span class={`mg mg-${tone}`}>
      <button
        type="button"
        class="mg-save"
        aria-pressed={saved}
        // One name whatever the state (aria-pressed says saved or not, once); aria-disabled rather
        // than disabled so focus stays on the button while it works.
        aria-label={`Save ${label} to Magpie`.replace(/\s+/g, ' ')}
        aria-disabled={busy || undefined}
        title={saved ? 'Saved to your Magpie wishlist' : undo ? 'Removed — press to put it back with its notes' : 'Save to your Magpie wishlist'}
        onClick={(e) => {
          // The page must not see the click: some articles navigate on any click inside a product block.
          e.preventDefault();
          e.stopPropagation();
          // Only the reader may save or remove: a click a script made (element.click(), dispatchEvent) is not trusted.
          if (!e.isTrusted) return;
          onToggle();
        }}
      >
        <Bookmark filled={saved} />
        <span class="mg-t" data-t={saved ? 'Saved' : undo ? 'Undo' : 'Save'} aria-hidden="true" />
      </button>
      {side && (
        <span
          class={error ? 'mg-side mg-error' : 'mg-side mg-price'}
          role={error ? 'status' : undefined}
          title={error ? undefined : 'Today’s price at the shop'}
          data-t={error ?? `now ${price}`}
        />
      )}
    </span>
  );
}
