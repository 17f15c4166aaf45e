import { useState } from 'preact/hooks';
import type { MagpieApi } from '../lib/api/types';
import { messageOf } from './errors';

interface Props {
  api: MagpieApi;
  /** Called once the browser granted the permission. */
  onGranted: () => void;
}

/**
 * Explains why live prices need a permission and asks for it. The request is the first thing
 * the click handler does: browsers only show the prompt during the user's gesture.
 */
export function LivePricesBanner({ api, onGranted }: Props) {
  const [note, setNote] = useState<string | null>(null);
  function turnOn() {
    api.requestLivePrices().then(
      (granted) => (granted ? onGranted() : setNote('Live prices stay off: the permission was not given.')),
      (err) => setNote(`Could not ask for the permission: ${messageOf(err)}`),
    );
  }
  return (
    <section class="banner" aria-labelledby="live-prices-title">
      <h2 id="live-prices-title" class="banner-title">Live prices are off</h2>
      <p>
        To show today's price and stock, Magpie opens each product's page at its shop, from your browser. For that it
        needs your permission to read shop pages; your browser will ask. Nothing is sent anywhere else.
      </p>
      <button type="button" class="btn btn-primary" onClick={turnOn}>
        Turn on live prices
      </button>
      {note && <p class="banner-note" role="alert">{note}</p>}
    </section>
  );
}
