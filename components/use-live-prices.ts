import { useEffect, useState } from 'preact/hooks';
import type { MagpieApi } from '../lib/api/types';

/**
 * Whether live prices are on (the reader's choice and the host permission), read when the view
 * opens and again whenever `refresh` changes; null until known, false when it cannot be read.
 * The setter lets a view record an answer it just got (a grant, a revoke) without asking again.
 */
export function useLivePrices(api: MagpieApi, refresh: unknown = 0) {
  const [live, setLive] = useState<boolean | null>(null);
  useEffect(() => {
    let alive = true;
    api.hasLivePrices().then(
      (v) => alive && setLive(v),
      () => alive && setLive(false),
    );
    return () => {
      alive = false;
    };
  }, [api, refresh]);
  return [live, setLive] as const;
}
