import { NoReceiverError, type DataOf } from '../protocol/messaging';
import type { OffscreenProtocolMap, OffscreenSend } from '../protocol/offscreen';
import { TimeoutError, withTimeout, type OffscreenHost } from './offscreen-host';

type Map = OffscreenProtocolMap;
type Type = keyof Map & string;

/** How one question to the document is asked. */
export interface AskOptions<T> {
  /** The answer checked: its value, or undefined when malformed. */
  parse(reply: unknown): T | undefined;
  /** Longest the answer may take (the document is then closed as stuck). */
  timeoutMs: number;
  /** The caller's stop: the question then rejects with its reason. */
  signal?: AbortSignal;
}

/** Rejects with the signal's reason once it aborts. */
const aborted = (signal: AbortSignal): Promise<never> =>
  new Promise((_ok, fail) => {
    if (signal.aborted) fail(signal.reason);
    else signal.addEventListener('abort', () => fail(signal.reason), { once: true });
  });

/**
 * Asks the offscreen document, opening it first when needed; the checked answer, or undefined for any failure (no
 * document could be opened, none answered, the answer was malformed or late), which callers read as "nothing
 * found": a reader whose page could not be read sees no products rather than an error. A document found gone is
 * re-created and asked once more; one that did not answer in time is closed, so a page it is stuck on cannot hold
 * up later questions. Only the caller's own abort rejects.
 */
export async function askOffscreen<K extends Type, T>(
  host: OffscreenHost,
  send: OffscreenSend,
  type: K,
  data: DataOf<Map[K]>,
  opts: AskOptions<T>,
): Promise<T | undefined> {
  const attempt = async (): Promise<T | undefined> => {
    for (let tries = 0; tries < 2; tries++) {
      try {
        await host.ready();
      } catch (err) {
        console.warn('magpie: no offscreen document', err);
        return undefined;
      }
      try {
        const reply = await withTimeout(send(type, data), opts.timeoutMs, `the offscreen document's ${type}`);
        const parsed = opts.parse(reply);
        if (parsed === undefined) console.warn(`magpie: a malformed ${type} answer from the offscreen document`);
        return parsed;
      } catch (err) {
        if (err instanceof NoReceiverError && tries === 0) {
          host.lost();
          continue;
        }
        if (err instanceof TimeoutError) await host.restart();
        console.warn(`magpie: the offscreen document's ${type} failed`, err);
        return undefined;
      }
    }
    return undefined;
  };
  return opts.signal ? Promise.race([attempt(), aborted(opts.signal)]) : attempt();
}
