import type { TabView } from '../lib/api/types';
import { countOf } from './format';

interface Props {
  view: TabView;
  /** Live prices are on and no check is running: offer to ask the shops again. */
  canRecheck: boolean;
  onRecheck: () => void;
  /** How many of the page's products are not saved yet. */
  unsaved: number;
  savingAll: boolean;
  onSaveAll: () => void;
}

/** The "On this page" header: the page's title, its product count, "Check prices again" and "Save all". */
export function PageHead({ view, canRecheck, onRecheck, unsaved, savingAll, onSaveAll }: Props) {
  return (
    <header class="page-head">
      <h2 class="page-title" title={view.pageUrl}>
        {view.pageTitle || view.pageUrl}
      </h2>
      <p class="page-count">
        {countOf(view.mentions.length, 'product', 'products')}
        {canRecheck && (
          <>
            {' · '}
            <button type="button" class="link-btn" onClick={onRecheck}>
              Check prices again
            </button>
          </>
        )}
      </p>
      {/* aria-disabled rather than disabled: focus stays on the button while it works. */}
      <button
        type="button"
        class="btn btn-primary"
        onClick={onSaveAll}
        aria-disabled={unsaved === 0 || savingAll || undefined}
      >
        {unsaved === 0 ? 'All saved' : savingAll ? 'Saving…' : `Save all (${unsaved})`}
      </button>
    </header>
  );
}
