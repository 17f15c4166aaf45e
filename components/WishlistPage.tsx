import type { MagpieApi } from '../lib/api/types';
import { Wishlist } from './Wishlist';

/** The wishlist in a tab of its own: the same list as the popup's, with room to breathe. */
export function WishlistPage({ api }: { api: MagpieApi }) {
  return (
    <div class="page-shell">
      <header>
        <h1>Magpie wishlist</h1>
        <button type="button" class="link-btn" onClick={() => void api.openOptionsPage()}>
          Settings
        </button>
      </header>
      <main class="page-main">
        <Wishlist api={api} layout="page" />
      </main>
    </div>
  );
}
