import type { TabDelta } from '../protocol';
import type { ResolveState } from '../protocol/resolve-state';
import type { TabStates } from './resolve-states';

/**
 * How long streamed states gather before one storage write and one delta push. A 200-mention page
 * settles over seconds; writing and pushing per state made the work grow with the square of the
 * mentions (each write and push carried the whole list). One flush per window bounds the writes
 * by time, and the pushes carry only what changed.
 */
export const FLUSH_MS = 250;

export interface StateStreamOptions {
  tabId: number;
  /** The tab's page and mentions' ids (lib/mention-id.ts), what receivers check a delta against. */
  pageUrl: string;
  ids: readonly string[];
  /** The run's states, written in place; the stream owns them until the run ends. */
  record: TabStates;
  signal: AbortSignal;
  /** Stores the whole record (within the session budget); returns what was kept. */
  save: (record: TabStates) => Promise<TabStates>;
  pushDelta: (tabId: number, delta: TabDelta) => Promise<void>;
  /** Runs a storage task after the tab's earlier ones (resolve-tabs.ts keeps one chain per tab). */
  serial: (task: () => Promise<void>) => Promise<void>;
}

export interface StateStream {
  /** Records a settled state for mention `index`; written and pushed with the next flush. */
  set(index: number, state: ResolveState): void;
  /** Flushes what is left now; resolves once it is stored and pushed. */
  drain(): Promise<void>;
}

/** Batches a tab run's streamed states: one write of the record and one delta per FLUSH_MS window. */
export function createStateStream(o: StateStreamOptions): StateStream {
  const dirty = new Set<number>();
  let timer: ReturnType<typeof setTimeout> | undefined;

  function flush(): Promise<void> {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    return o.serial(async () => {
      if (o.signal.aborted || dirty.size === 0) return;
      const changed = [...dirty].sort((a, b) => a - b);
      dirty.clear();
      // States past the tab's budget are stored as a short note: receivers get what was kept.
      const kept = await o.save(o.record);
      const changes = changed.map((index) => ({ index, id: o.ids[index]!, state: kept.states[index]! }));
      await o.pushDelta(o.tabId, { pageUrl: o.pageUrl, count: o.ids.length, changes });
    });
  }

  return {
    set(index, state) {
      if (o.signal.aborted) return;
      o.record.states[index] = state;
      dirty.add(index);
      timer ??= setTimeout(() => void flush(), FLUSH_MS);
    },
    drain: flush,
  };
}
