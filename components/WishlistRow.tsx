import { useEffect, useRef } from 'preact/hooks';
import type { SavedItem } from '../lib/db/types';
import { LIMITS } from '../lib/api/db-rules';
import { InlineEditor } from './InlineEditor';
import { PriceCompare } from './PriceCompare';
import { availabilityLabel, formatDate } from './format';
import { openUrlFor } from './safe-url';
import { Thumb } from './Thumb';
import { PriceFacts } from './PriceFacts';

export type EditKind = 'note' | 'tags';

interface Props {
  item: SavedItem;
  editing: EditKind | null;
  onEdit: (kind: EditKind | null) => void;
  onRemove: () => void;
  onSaveNotes: (notes: string) => Promise<void>;
  onSaveTags: (tags: string[]) => Promise<void>;
  /** Opens the price-history chart. */
  onHistory?: () => void;
  /** When the wishlist was last opened: items changed since carry a marker. */
  seenAt?: number;
}

/** Splits what the user typed into tags: commas separate, blanks go. */
export function parseTags(text: string): string[] {
  return text
    .split(',')
    .map((t) => t.trim())
    .filter(Boolean);
}

/** One saved item: picture, names, prices, tags and note with their editors, open link and remove. */
export function WishlistRow({ item, editing, onEdit, onRemove, onSaveNotes, onSaveTags, onHistory, seenAt }: Props) {
  const href = openUrlFor(item);
  const title = [item.brand, item.name].filter(Boolean).join(' ');
  const current =
    item.currentPrice !== null && item.currency ? { amount: item.currentPrice, currency: item.currency } : null;
  const noteButton = useRef<HTMLButtonElement>(null);
  const tagsButton = useRef<HTMLButtonElement>(null);
  const wasEditing = useRef<EditKind | null>(editing);
  useEffect(() => {
    // Closing an editor hands focus back to the button that opened it.
    if (wasEditing.current === 'note' && editing === null) noteButton.current?.focus();
    if (wasEditing.current === 'tags' && editing === null) tagsButton.current?.focus();
    wasEditing.current = editing;
  }, [editing]);

  return (
    <article class="item" aria-label={title}>
      <Thumb src={item.image} />
      <div class="item-main">
        <p class="item-meta">
          {item.brand && <span class="brand">{item.brand}</span>}
          {item.retailer && <span class="retailer">{item.retailer}</span>}
          <span class="saved-on">Saved {formatDate(item.createdAt)}</span>
        </p>
        <p class="name">
          {href ? (
            <a href={href} target="_blank" rel="noopener noreferrer">
              {item.name}
            </a>
          ) : (
            item.name
          )}
        </p>
        <p class="item-price">
          <PriceCompare article={item.articlePrice} current={current} />
          {item.availability && (
            <span class={`avail avail-${item.availability}`}>{availabilityLabel(item.availability)}</span>
          )}
          {item.priceDropped && <span class="badge badge-drop">Price dropped</span>}
          <PriceFacts item={item} seenAt={seenAt} />
        </p>
        <div class="item-line">
          {editing === 'tags' ? (
            <InlineEditor
              label={`Tags for ${title}, separated by commas`}
              initial={item.tags.join(', ')}
              placeholder="gift, autumn"
              maxLength={LIMITS.tags * (LIMITS.tag + 2)}
              onSave={(text) => onSaveTags(parseTags(text))}
              onClose={() => onEdit(null)}
            />
          ) : editing === 'note' ? (
            <InlineEditor
              label={`Note for ${title}`}
              initial={item.notes}
              placeholder="Size, colour, occasion…"
              maxLength={LIMITS.notes}
              onSave={onSaveNotes}
              onClose={() => onEdit(null)}
            />
          ) : (
            <>
              {item.tags.length > 0 && (
                <span class="tags" aria-label="Tags">
                  {item.tags.map((t) => (
                    <span key={t} class="tag">
                      {t}
                    </span>
                  ))}
                </span>
              )}
              {item.notes && (
                <span class="note" title={item.notes}>
                  {item.notes}
                </span>
              )}
            </>
          )}
        </div>
        <div class="item-actions">
          <button ref={tagsButton} type="button" class="link-btn" onClick={() => onEdit('tags')}>
            {item.tags.length ? 'Edit tags' : 'Add tags'}
            <span class="sr-only"> for {title}</span>
          </button>
          <button ref={noteButton} type="button" class="link-btn" onClick={() => onEdit('note')}>
            {item.notes ? 'Edit note' : 'Add note'}
            <span class="sr-only"> for {title}</span>
          </button>
          {onHistory && (
            <button type="button" class="link-btn" onClick={onHistory}>
              Price history<span class="sr-only"> of {title}</span>
            </button>
          )}
          <button type="button" class="link-btn remove" onClick={onRemove}>
            Remove<span class="sr-only"> {title}</span>
          </button>
        </div>
      </div>
    </article>
  );
}
