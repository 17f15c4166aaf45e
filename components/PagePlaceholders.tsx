/** The "On this page" tab while the page is read. */
export function ReadingPage() {
  return (
    <p class="placeholder" aria-busy="true">
      <span class="spinner" aria-hidden="true" /> Reading this page…
    </p>
  );
}

/** The "On this page" tab when the page's products could not be read, with a retry. */
export function PageReadError({ message, onRetry }: { message: string; onRetry: () => void }) {
  return (
    <div class="placeholder" role="alert">
      <p>Could not read this page's products: {message}</p>
      <button type="button" class="btn" onClick={onRetry}>
        Try again
      </button>
    </div>
  );
}

/** The "On this page" tab on a page without products. */
export function NoProducts() {
  return (
    <div class="placeholder">
      <p class="placeholder-title">No products found on this page</p>
      <p>
        Magpie lists the products an article recommends — a brand, a product name and usually a price or a shop link.
      </p>
    </div>
  );
}
