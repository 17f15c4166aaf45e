import type { MessageSender } from '@/lib/protocol/messaging';
import type { ConnectEvent, PortLike } from '@/lib/page-work/offscreen-port';

interface End {
  message: Set<(m: unknown) => void>;
  disconnect: Set<() => void>;
  closed: boolean;
}

/** Every message a worker-side port posted, in order (cleared by the tests). */
export const posted: unknown[] = [];

/**
 * A pair of fake runtime.Port ends, as Chromium gives them: what one end posts arrives at the other cloned, a task
 * later; a disconnect is announced to the other end only. The second end carries the connecting sender.
 */
export function portPair(name: string, sender: MessageSender): [PortLike, PortLike] {
  const a: End = { message: new Set(), disconnect: new Set(), closed: false };
  const b: End = { message: new Set(), disconnect: new Set(), closed: false };
  const make = (me: End, other: End, from?: MessageSender): PortLike => ({
    name,
    sender: from,
    postMessage(m) {
      if (me === a) posted.push(m);
      if (me.closed) throw new Error('Attempting to use a disconnected port object');
      const copy = structuredClone(m);
      setTimeout(() => !other.closed && other.message.forEach((fn) => fn(copy)));
    },
    disconnect() {
      if (me.closed) return;
      me.closed = other.closed = true;
      setTimeout(() => other.disconnect.forEach((fn) => fn()));
    },
    onMessage: { addListener: (fn) => void me.message.add(fn) },
    onDisconnect: { addListener: (fn) => void me.disconnect.add(fn) },
  });
  return [make(a, b), make(b, a, sender)];
}

/** runtime.onConnect in a fake document, and runtime.connect from the worker to it. */
export function fakeConnections(sender: () => MessageSender) {
  const listeners = new Set<(port: PortLike) => void>();
  const served: PortLike[] = [];
  const onConnect: ConnectEvent = {
    addListener: (fn) => void listeners.add(fn),
    removeListener: (fn) => void listeners.delete(fn),
  };
  const connect = ({ name }: { name: string }): PortLike => {
    const [mine, theirs] = portPair(name, sender());
    // Nobody listening: Chromium closes the port at once ("Receiving end does not exist").
    if (listeners.size === 0) theirs.disconnect();
    served.push(theirs);
    listeners.forEach((fn) => fn(theirs));
    return mine;
  };
  /** The document goes away: its ports close. */
  const closeAll = () => served.splice(0).forEach((p) => p.disconnect());
  return { onConnect, connect, closeAll };
}
