import { onMessage, type TabView } from './messages';
import { isTabView } from './tab-view';

/** Stops a subscription. */
export type Unsubscribe = () => void;

type Listener = (tabId: number, view: TabView) => void;

const listeners = new Set<Listener>();
let stopListening: (() => void) | null = null;

/**
 * Subscribes to showTabView pushes. One message handler validates each push once and fans it
 * out to every subscriber (popup and inline controls may both listen); a failing subscriber
 * cannot stop the others. Pushes that fail validation are dropped.
 */
export function subscribeTabViews(cb: Listener): Unsubscribe {
  listeners.add(cb);
  stopListening ??= onMessage('showTabView', ({ data }) => {
    if (typeof data?.tabId !== 'number' || !isTabView(data.view)) return;
    for (const l of [...listeners]) {
      try {
        l(data.tabId, data.view);
      } catch (err) {
        console.error('magpie: a tab view subscriber failed', err);
      }
    }
  });
  return () => {
    listeners.delete(cb);
    if (listeners.size === 0 && stopListening) {
      stopListening();
      stopListening = null;
    }
  };
}
