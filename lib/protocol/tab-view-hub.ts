import { onMessage, type TabDelta, type TabView } from './messages';
import { isTabDelta } from './tab-delta';
import { isTabView } from './tab-view';

/** Stops a subscription. */
export type Unsubscribe = () => void;

type Listener = (tabId: number, view: TabView) => void;
type DeltaListener = (tabId: number, delta: TabDelta) => void;

const listeners = new Set<Listener>();
const deltaListeners = new Set<DeltaListener>();
let stopListening: (() => void) | null = null;
let stopDeltas: (() => void) | null = null;

/** Calls every subscriber; a failing one cannot stop the others. */
function fanOut<A extends unknown[]>(subs: Set<(...args: A) => void>, ...args: A): void {
  for (const l of [...subs]) {
    try {
      l(...args);
    } catch (err) {
      console.error('magpie: a tab view subscriber failed', err);
    }
  }
}

/**
 * Subscribes to showTabView pushes. One message handler validates each push once and fans it
 * out to every subscriber (popup and inline controls may both listen); a failing subscriber
 * cannot stop the others. Pushes that fail validation are dropped.
 */
export function subscribeTabViews(cb: Listener): Unsubscribe {
  listeners.add(cb);
  stopListening ??= onMessage('showTabView', ({ data }) => {
    if (typeof data?.tabId !== 'number' || !isTabView(data.view)) return;
    fanOut(listeners, data.tabId, data.view);
  });
  return () => {
    listeners.delete(cb);
    if (listeners.size === 0 && stopListening) {
      stopListening();
      stopListening = null;
    }
  };
}

/**
 * Subscribes to showTabDelta pushes (the states that changed while prices stream in), validated
 * once and fanned out like views. Subscribers apply them with `applyTabDelta` (lib/tab-delta.ts).
 */
export function subscribeTabDeltas(cb: DeltaListener): Unsubscribe {
  deltaListeners.add(cb);
  stopDeltas ??= onMessage('showTabDelta', ({ data }) => {
    if (typeof data?.tabId !== 'number' || !isTabDelta(data.delta)) return;
    fanOut(deltaListeners, data.tabId, data.delta);
  });
  return () => {
    deltaListeners.delete(cb);
    if (deltaListeners.size === 0 && stopDeltas) {
      stopDeltas();
      stopDeltas = null;
    }
  };
}
