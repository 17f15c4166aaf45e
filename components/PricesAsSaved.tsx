import { useEffect, useState } from 'preact/hooks';
import type { MagpieApi } from '../lib/api/types';

/**
 * Says plainly when the wishlist cannot stay current: without live price checks, prices are as
 * saved and nothing is re-checked.
 */
export function PricesAsSaved({ api }: { api: MagpieApi }) {
  const [live, setLive] = useState<boolean | null>(null);
  useEffect(() => {
    let alive = true;
    api.hasLivePrices().then(
      (v) => alive && setLive(v),
      () => alive && setLive(null),
    );
    return () => {
      alive = false;
    };
  }, [api]);
  if (live !== false) return null;
  return (
    <p class="prices-as-saved" role="note">
      Prices are as saved: live price checks are off, so Magpie does not re-check saved items.{' '}
      <button
        type="button"
        class="link-btn"
        onClick={() =>
          void api.requestLivePrices().then(
            (granted) => granted && setLive(true),
            () => undefined,
          )
        }
      >
        Turn on live prices
      </button>
    </p>
  );
}
