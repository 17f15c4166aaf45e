import { useEffect, useState } from 'preact/hooks';
import type { MagpieApi } from '../lib/api/types';
import { messageOf } from './errors';

interface Props {
  api: MagpieApi;
  /** Called once the browser granted the permission. */
  onGranted: () => void;
  /** A reply to show from the start (the answer to a request made in a popup that closed meanwhile). */
  initialNote?: string | null;
}

/** What the reader sees after saying no to (or closing) the browser's prompt. */
export const DECLINED = 'Live prices stay off: the browser’s request was declined. You can ask again at any time.';

/**
 * One calm note while live prices are off: the cards already show the article's prices, and the
 * button asks for the permission live checks need. The request is the first thing the click
 * handler does (browsers only show the prompt during the user's gesture), and every answer gets
 * a visible reply, a refusal or a closed prompt included.
 */
export function LivePricesBanner({ api, onGranted, initialNote = null }: Props) {
  const [note, setNote] = useState<string | null>(initialNote);
  const [asking, setAsking] = useState(false);
  useEffect(() => {
    if (initialNote) setNote(initialNote);
  }, [initialNote]);
  function turnOn() {
    if (asking) return;
    setAsking(true);
    setNote(null);
    api
      .requestLivePrices()
      .then(
        (granted) => (granted ? onGranted() : setNote(DECLINED)),
        (err) => setNote(`Magpie couldn’t ask the browser: ${messageOf(err)}`),
      )
      .finally(() => setAsking(false));
  }
  return (
    <section class="banner" aria-labelledby="live-prices-title">
      <h2 id="live-prices-title" class="banner-title">
        Showing the article’s prices
      </h2>
      <p>For today’s price and stock, Magpie can check each shop from your browser. The browser asks you first.</p>
      <button type="button" class="btn btn-small" aria-disabled={asking || undefined} onClick={turnOn}>
        Turn on live prices
      </button>
      <p class="banner-note" role="status">
        {note}
      </p>
    </section>
  );
}
