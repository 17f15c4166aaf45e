import { browser, type Browser } from 'wxt/browser';

/** A protocol: message names mapped to handler signatures (data in, reply out). */
export type Protocol<P> = { [K in keyof P]: (...args: never[]) => unknown };

/** What a message of a protocol carries. */
export type DataOf<F> = F extends (...args: infer A) => unknown ? A[0] : never;
/** What the receiver of a message answers (unwrapped when the handler is async). */
export type ReplyOf<F> = F extends (...args: never[]) => infer R ? Awaited<R> : never;

/** Who sent a message, as the browser reports it. */
export type MessageSender = Browser.runtime.MessageSender;

/** A handler for messages of one type; what it returns (or throws) goes back to the sender. */
export type Handler<F> = (message: { data: DataOf<F>; sender: MessageSender }) => ReplyOf<F> | Promise<ReplyOf<F>>;

/**
 * Where a message goes: omitted → extension pages and the background; a tab (or one frame of it) → its content scripts.
 */
export type MessageTarget = number | { tabId: number; frameId?: number };

/** A message as it travels: tagged, so Magpie ignores other senders' messages and they ignore Magpie's. */
export interface Envelope {
  magpie: 1;
  type: string;
  data?: unknown;
}

/** An answer as it travels back: the handler's value, or its error's message. */
export type ReplyEnvelope = { magpie: 1; data?: unknown } | { magpie: 1; error: string };

/**
 * Nobody answered: no context has a handler for the message, or the tab has no content script.
 * Often normal (no popup open), so callers may catch and ignore exactly this.
 */
export class NoReceiverError extends Error {
  override name = 'NoReceiverError';
  constructor(type: string, cause?: unknown) {
    super(`no receiver for "${type}"`, { cause });
  }
}

/** The browsers' words for "nobody is listening" (Chromium and Firefox share the first). */
const NO_RECEIVER = /receiving end does not exist|message port closed before a response/i;
const MAX_ERROR = 500;

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null;
}

/** True for a Magpie message envelope; anything else is someone else's message. */
export function isEnvelope(v: unknown): v is Envelope {
  return isObject(v) && v.magpie === 1 && typeof v.type === 'string';
}

function isReply(v: unknown): v is ReplyEnvelope {
  return isObject(v) && v.magpie === 1 && (!('error' in v) || typeof v.error === 'string');
}

function errorText(err: unknown): string {
  return (err instanceof Error ? err.message : String(err)).slice(0, MAX_ERROR) || 'failed';
}

/** Typed messaging over a protocol, as returned by defineMessaging. */
export interface Messaging<P extends Protocol<P>> {
  /**
   * Sends a message and resolves with the handler's answer. Rejects with NoReceiverError when
   * nobody answers, and with an Error carrying the handler's message when the handler failed.
   */
  sendMessage<K extends keyof P & string>(type: K, data: DataOf<P[K]>, target?: MessageTarget): Promise<ReplyOf<P[K]>>;
  /**
   * Handles messages of `type` in this context; returns the function that stops handling. Several
   * handlers may share a type: all run, and the first one added answers.
   */
  onMessage<K extends keyof P & string>(type: K, handler: Handler<P[K]>): () => void;
}

/**
 * Messaging typed by protocol P over runtime and tab messages. Touches `browser` only when a
 * message is sent or a handler added, never when defined.
 */
export function defineMessaging<P extends Protocol<P>>(): Messaging<P> {
  type AnyHandler = (message: { data: unknown; sender: MessageSender }) => unknown;
  const handlers = new Map<string, Set<AnyHandler>>();
  type Respond = (reply: ReplyEnvelope) => void;
  type Listener = (
    message: unknown,
    sender: MessageSender,
    respond?: Respond,
  ) => Promise<ReplyEnvelope> | true | undefined;
  let rootListener: Listener | null = null;

  function receive(message: unknown, sender: MessageSender): Promise<ReplyEnvelope> | undefined {
    // Undefined leaves the message to other listeners (another handler, the polyfill, other code).
    if (!isEnvelope(message)) return undefined;
    const [first, ...rest] = handlers.get(message.type) ?? [];
    if (!first) return undefined;
    const call = (h: AnyHandler) => new Promise((resolve) => resolve(h({ data: message.data, sender })));
    for (const h of rest) call(h).catch((err) => console.error(`magpie: a "${message.type}" handler failed`, err));
    return call(first).then(
      (data): ReplyEnvelope => ({ magpie: 1, data }),
      (err: unknown): ReplyEnvelope => ({ magpie: 1, error: errorText(err) }),
    );
  }

  return {
    async sendMessage(type, data, target) {
      const envelope: Envelope = { magpie: 1, type, data };
      let reply: unknown;
      try {
        if (target === undefined) {
          reply = await browser.runtime.sendMessage(envelope);
        } else {
          const { tabId, frameId } = typeof target === 'number' ? { tabId: target, frameId: undefined } : target;
          reply = await browser.tabs.sendMessage(tabId, envelope, frameId === undefined ? undefined : { frameId });
        }
      } catch (err) {
        throw NO_RECEIVER.test(errorText(err)) ? new NoReceiverError(type, err) : err;
      }
      // Listeners that all ignored the message leave it unanswered.
      if (reply === undefined) throw new NoReceiverError(type);
      if (!isReply(reply)) throw new Error(`malformed reply to "${type}"`);
      if ('error' in reply) throw new Error(reply.error);
      return reply.data as ReplyOf<P[typeof type]>;
    },

    onMessage(type, handler) {
      // A fresh function per call, so adding one handler twice needs two stops.
      const h: AnyHandler = (m) => (handler as unknown as AnyHandler)(m);
      let set = handlers.get(type);
      if (!set) handlers.set(type, (set = new Set()));
      set.add(h);
      if (!rootListener) {
        // Chromium's own API (its service worker runs without webextension-polyfill) takes an
        // answer only through sendResponse, with `true` returned to keep the channel open; the
        // polyfill and Firefox take that too. A listener called without one gets the promise.
        rootListener = (message, sender, respond) => {
          const reply = receive(message, sender);
          if (!reply || typeof respond !== 'function') return reply;
          void reply.then(respond);
          return true;
        };
        browser.runtime.onMessage.addListener(
          rootListener as Parameters<typeof browser.runtime.onMessage.addListener>[0],
        );
      }
      return () => {
        set.delete(h);
        if (set.size === 0 && handlers.get(type) === set) handlers.delete(type);
        if (handlers.size === 0 && rootListener) {
          browser.runtime.onMessage.removeListener(rootListener);
          rootListener = null;
        }
      };
    },
  };
}
