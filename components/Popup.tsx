import { useState } from 'preact/hooks';
import type { MagpieApi } from '../lib/api/types';
import { Tabs } from './Tabs';
import { OnThisPage } from './OnThisPage';
import { Wishlist } from './Wishlist';
import { messageOf } from './errors';

type TabId = 'page' | 'wishlist';

const TABS = [
  { id: 'page', label: 'On this page' },
  { id: 'wishlist', label: 'Wishlist' },
];

/** The toolbar popup: the current page's products and the wishlist, in two tabs. */
export function Popup({ api, initialTab = 'page' }: { api: MagpieApi; initialTab?: TabId }) {
  const [tab, setTab] = useState<TabId>(initialTab);
  const [announcement, setAnnouncement] = useState('');
  const [footerProblem, setFooterProblem] = useState<string | null>(null);

  // The toolbar popup closes by itself when the new tab takes focus.
  const open = (task: () => Promise<void>) => () => {
    setFooterProblem(null);
    task().catch((err) => setFooterProblem(messageOf(err)));
  };

  return (
    <div class="popup">
      <header class="app-head">
        <h1 class="app-title">Magpie</h1>
        <Tabs tabs={TABS} selected={tab} onSelect={(id) => setTab(id as TabId)} label="Magpie" idPrefix="popup" />
      </header>
      <main class="app-main">
        {TABS.map(({ id }) => (
          // Both panels exist so every tab's aria-controls points somewhere; only the shown one has content.
          <section
            key={id}
            class="panel"
            role="tabpanel"
            id={`popup-panel-${id}`}
            aria-labelledby={`popup-tab-${id}`}
            hidden={id !== tab}
            tabIndex={0}
          >
            {id === tab &&
              (id === 'page' ? (
                <OnThisPage api={api} announce={setAnnouncement} />
              ) : (
                <Wishlist api={api} layout="popup" />
              ))}
          </section>
        ))}
        <p class="sr-only" role="status" aria-live="polite">
          {announcement}
        </p>
      </main>
      <footer class="app-foot">
        <button type="button" class="link-btn" onClick={open(() => api.openWishlistPage())}>
          Open full wishlist
        </button>
        <button type="button" class="link-btn" onClick={open(() => api.openOptionsPage())}>
          Settings
        </button>
        {footerProblem && (
          <span class="problem" role="alert">
            {footerProblem}
          </span>
        )}
      </footer>
    </div>
  );
}
