import type { Price } from '../lib/price/types';
import { formatPrice, priceTrend } from './format';

const MARKS = { up: '▲', down: '▼', same: '=' } as const;

/**
 * The current price beside the article's with an up/down/same marker. The marker is hidden
 * from screen readers, which read words instead ("Now £395, down from £450").
 */
export function PriceCompare({ article, current }: { article: Price | null; current: Price | null }) {
  if (!current) {
    return article ? <span class="price">In the article: {formatPrice(article.amount, article.currency)}</span> : null;
  }
  const trend = priceTrend(article, current);
  const was = article ? formatPrice(article.amount, article.currency) : null;
  return (
    <span class="price">
      <span class="price-now">Now {formatPrice(current.amount, current.currency)}</span>
      {trend && (
        <span class={`trend trend-${trend}`}>
          <span aria-hidden="true">{MARKS[trend]}</span>
          {trend === 'same' ? (
            ' same as the article'
          ) : (
            <>
              {' '}
              <span class="sr-only">{trend}</span> from {was}
            </>
          )}
        </span>
      )}
      {!trend && was && <span class="price-was">article: {was}</span>}
    </span>
  );
}
