import { browser } from 'wxt/browser';
import { NoReceiverError, type MessageSender } from '../protocol/messaging';
import type { OffscreenHandlers, OffscreenSend } from '../protocol/offscreen';

/**
 * The name of the worker's port to the offscreen document. A port, not runtime.sendMessage: a message is handed to
 * every extension page with a listener (the popup, an open wishlist tab), each of which would parse a shop page's
 * megabytes for nothing, while a port reaches only the pages that listen for connections, the document alone.
 */
export const OFFSCREEN_PORT = 'magpie-offscreen';

/** The parts of a runtime.Port the transport uses (Chromium's own, or a test's). */
export interface PortLike {
  name: string;
  sender?: MessageSender;
  postMessage(message: unknown): void;
  disconnect(): void;
  onMessage: { addListener(fn: (message: unknown) => void): void };
  onDisconnect: { addListener(fn: () => void): void };
}

/** runtime.onConnect, as the document listens to it. */
export interface ConnectEvent {
  addListener(fn: (port: PortLike) => void): void;
  removeListener(fn: (port: PortLike) => void): void;
}

interface Question {
  magpie: 1;
  id: number;
  type: string;
  data?: unknown;
}
type Answer = { magpie: 1; id: number; data?: unknown } | { magpie: 1; id: number; error: string };

const isRec = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
const isQuestion = (v: unknown): v is Question =>
  isRec(v) && v.magpie === 1 && typeof v.id === 'number' && typeof v.type === 'string';
const isAnswer = (v: unknown): v is Answer =>
  isRec(v) && v.magpie === 1 && typeof v.id === 'number' && (!('error' in v) || typeof v.error === 'string');

/**
 * The worker's side: sends each question over one port to the document, opened on first use and again once it
 * closed (the document went away, or the worker restarted). Questions still open when the port closes fail with
 * NoReceiverError, as a message to nobody would.
 */
export function portSend(
  connect: (info: { name: string }) => PortLike = (info) => browser.runtime.connect(info),
): OffscreenSend {
  let open: { port: PortLike; waiting: Map<number, { ok(v: unknown): void; fail(e: unknown): void }> } | null = null;
  let next = 0;
  const start = () => {
    const now = {
      port: connect({ name: OFFSCREEN_PORT }),
      waiting: new Map<number, { ok(v: unknown): void; fail(e: unknown): void }>(),
    };
    now.port.onMessage.addListener((m) => {
      const w = isAnswer(m) ? now.waiting.get(m.id) : undefined;
      if (!w || !isAnswer(m)) return;
      now.waiting.delete(m.id);
      if ('error' in m) w.fail(new Error(m.error));
      else w.ok(m.data);
    });
    now.port.onDisconnect.addListener(() => {
      if (open === now) open = null;
      for (const w of now.waiting.values()) w.fail(new NoReceiverError('offscreen document'));
      now.waiting.clear();
    });
    return now;
  };
  return (type, data) =>
    new Promise((ok, fail) => {
      const now = (open ??= start());
      const id = ++next;
      now.waiting.set(id, { ok, fail });
      try {
        now.port.postMessage({ magpie: 1, id, type, data } satisfies Question);
      } catch (err) {
        // A port that closed before its close was announced.
        now.waiting.delete(id);
        if (open === now) open = null;
        fail(new NoReceiverError(type, err));
      }
    });
}

const errorText = (err: unknown): string =>
  (err instanceof Error ? err.message : String(err)).slice(0, 500) || 'failed';

/**
 * The document's side: answers the questions that come over the worker's port with `handlers`; a port from anyone
 * `accept` refuses (a tab's content script, another page) is closed unheard. Returns the function that stops.
 */
export function servePort(
  handlers: OffscreenHandlers,
  accept: (sender: MessageSender) => boolean,
  onConnect: ConnectEvent = browser.runtime.onConnect as unknown as ConnectEvent,
): () => void {
  const listener = (port: PortLike) => {
    if (port.name !== OFFSCREEN_PORT) return;
    if (!port.sender || !accept(port.sender)) return port.disconnect();
    port.onMessage.addListener((m) => {
      if (!isQuestion(m)) return;
      const answer = (a: Answer) => {
        try {
          port.postMessage(a);
        } catch {
          // The worker went away meanwhile: nobody is waiting.
        }
      };
      const handler = (handlers as Record<string, ((data: unknown) => unknown) | undefined>)[m.type];
      new Promise((resolve) => resolve(handler ? handler(m.data) : Promise.reject(new Error(`no ${m.type}`)))).then(
        (data) => answer({ magpie: 1, id: m.id, data }),
        (err: unknown) => answer({ magpie: 1, id: m.id, error: errorText(err) }),
      );
    });
  };
  onConnect.addListener(listener);
  return () => onConnect.removeListener(listener);
}
