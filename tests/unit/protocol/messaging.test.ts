import { afterEach, beforeEach, describe, expect, expectTypeOf, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { defineMessaging, isEnvelope, NoReceiverError, type MessageSender } from '@/lib/protocol/messaging';

/** A small protocol with each kind of message the real one has: data in and out, none in, nothing out. */
interface TestProtocol {
  countWords(data: { text: string }): number;
  getGreeting(): Promise<string>;
  notifyChange(data: { id: number }): void;
  failLoudly(data: { why: string }): string;
}

const fromTab: MessageSender = {
  tab: { id: 7, index: 0, highlighted: false, active: true, pinned: false, incognito: false } as never,
  frameId: 0,
};

/** Delivers a raw message to this context's listeners, as the browser would; returns each listener's answer. */
const deliver = (message: unknown, sender: MessageSender = {}) =>
  fakeBrowser.runtime.onMessage.trigger(message, sender);

beforeEach(() => fakeBrowser.reset());
afterEach(() => vi.restoreAllMocks());

describe('defineMessaging', () => {
  it('touches the browser only when a handler is added, not when defined', () => {
    const add = vi.spyOn(fakeBrowser.runtime.onMessage, 'addListener');
    const m = defineMessaging<TestProtocol>();
    expect(add).not.toHaveBeenCalled();
    const stop = m.onMessage('notifyChange', () => {});
    expect(add).toHaveBeenCalledTimes(1);
    stop();
  });

  it('round-trips data to the handler and its answer back, sync or async', async () => {
    const m = defineMessaging<TestProtocol>();
    const stops = [
      m.onMessage('countWords', ({ data }) => data.text.split(/\s+/).filter(Boolean).length),
      m.onMessage('getGreeting', async () => 'hello'),
    ];
    expect(await m.sendMessage('countWords', { text: 'a corduroy  mini shopper' })).toBe(4);
    expect(await m.sendMessage('getGreeting', undefined)).toBe('hello');
    stops.forEach((s) => s());
  });

  it('answers a handler that returns nothing, so the sender learns it was received', async () => {
    const m = defineMessaging<TestProtocol>();
    const seen: number[] = [];
    const stop = m.onMessage('notifyChange', ({ data }) => void seen.push(data.id));
    await expect(m.sendMessage('notifyChange', { id: 3 })).resolves.toBeUndefined();
    expect(seen).toEqual([3]);
    stop();
  });

  it('hands the handler the sender the browser reports', async () => {
    const m = defineMessaging<TestProtocol>();
    let sender: MessageSender | undefined;
    const stop = m.onMessage('notifyChange', (msg) => void (sender = msg.sender));
    await deliver({ magpie: 1, type: 'notifyChange', data: { id: 1 } }, fromTab);
    expect(sender?.tab?.id).toBe(7);
    stop();
  });

  it('rethrows a handler’s error at the sender as an Error with its message', async () => {
    const m = defineMessaging<TestProtocol>();
    const stop = m.onMessage('failLoudly', ({ data }) => {
      throw new Error(`refused: ${data.why}`);
    });
    const err = await m.sendMessage('failLoudly', { why: 'not from Magpie' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(Error);
    expect(err).not.toBeInstanceOf(NoReceiverError);
    expect((err as Error).message).toBe('refused: not from Magpie');
    // What travels is plain data: the message only, capped.
    const [reply] = await deliver({ magpie: 1, type: 'failLoudly', data: { why: 'x'.repeat(5000) } });
    expect(reply).toEqual({ magpie: 1, error: expect.stringMatching(/^refused: x+$/) });
    expect((reply as unknown as { error: string }).error.length).toBeLessThanOrEqual(500);
    stop();
  });

  it('ignores malformed envelopes and types it has no handler for, leaving them to other listeners', async () => {
    const m = defineMessaging<TestProtocol>();
    const handler = vi.fn(() => 1);
    const stop = m.onMessage('countWords', handler);
    const junk: unknown[] = [
      null,
      'countWords',
      42,
      { type: 'countWords', data: { text: 'a' } },
      { magpie: 2, type: 'countWords', data: { text: 'a' } },
      { magpie: 1, type: 5, data: { text: 'a' } },
      { magpie: '1', type: 'countWords' },
      { magpie: 1, type: 'deleteEverything', data: {} },
      { magpie: 1, type: 'toString' },
      { id: 1, type: 'countWords', data: { text: 'a' }, timestamp: 1 },
    ];
    for (const message of junk) expect(await deliver(message)).toEqual([undefined]);
    expect(handler).not.toHaveBeenCalled();
    stop();
  });

  it('recognises only Magpie envelopes', () => {
    expect(isEnvelope({ magpie: 1, type: 'x' })).toBe(true);
    expect(isEnvelope({ magpie: 1, type: 'x', data: null })).toBe(true);
    expect(isEnvelope({ magpie: 1 })).toBe(false);
    expect(isEnvelope([1, 'x'])).toBe(false);
  });

  it('runs every handler of a type, answers with the first, and removes its listener when none are left', async () => {
    const m = defineMessaging<TestProtocol>();
    const calls: string[] = [];
    const stopA = m.onMessage('countWords', () => (calls.push('a'), 1));
    const stopB = m.onMessage('countWords', () => (calls.push('b'), 2));
    expect(await m.sendMessage('countWords', { text: '' })).toBe(1);
    expect(calls.sort()).toEqual(['a', 'b']);
    stopA();
    expect(await m.sendMessage('countWords', { text: '' })).toBe(2);
    stopB();
    // No listener left in this context: the message reaches nobody.
    expect(await deliver({ magpie: 1, type: 'countWords', data: { text: '' } })).toEqual([]);
  });

  it('keeps answering when a second handler fails', async () => {
    const m = defineMessaging<TestProtocol>();
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    const stops = [
      m.onMessage('countWords', () => 1),
      m.onMessage('countWords', () => {
        throw new Error('second failed');
      }),
    ];
    expect(await m.sendMessage('countWords', { text: '' })).toBe(1);
    await vi.waitFor(() => expect(logged).toHaveBeenCalled());
    stops.forEach((s) => s());
  });

  it('sends to a tab, or to one frame of it', async () => {
    const m = defineMessaging<TestProtocol>();
    const toTab = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue({ magpie: 1, data: 9 });
    expect(await m.sendMessage('countWords', { text: 'x' }, 5)).toBe(9);
    expect(toTab).toHaveBeenLastCalledWith(5, { magpie: 1, type: 'countWords', data: { text: 'x' } }, undefined);
    await m.sendMessage('countWords', { text: 'x' }, { tabId: 5, frameId: 0 });
    expect(toTab).toHaveBeenLastCalledWith(5, { magpie: 1, type: 'countWords', data: { text: 'x' } }, { frameId: 0 });
  });
});

describe('no receiver', () => {
  it('is a NoReceiverError when listeners exist but none handles the type', async () => {
    const m = defineMessaging<TestProtocol>();
    const stop = m.onMessage('notifyChange', () => {});
    await expect(m.sendMessage('countWords', { text: 'a' })).rejects.toBeInstanceOf(NoReceiverError);
    stop();
  });

  it('is a NoReceiverError when the browser finds no listener at all', async () => {
    const m = defineMessaging<TestProtocol>();
    const cause = new Error('Could not establish connection. Receiving end does not exist.');
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockRejectedValue(cause);
    const err = await m.sendMessage('notifyChange', { id: 1 }, 3).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(NoReceiverError);
    expect((err as Error).message).toContain('notifyChange');
    expect((err as Error).cause).toBe(cause);
  });

  it('leaves other browser errors as they are', async () => {
    const m = defineMessaging<TestProtocol>();
    const cause = new Error('No tab with id: 3.');
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockRejectedValue(cause);
    await expect(m.sendMessage('notifyChange', { id: 1 }, 3)).rejects.toBe(cause);
  });

  it('rejects a reply that is not a Magpie reply', async () => {
    const m = defineMessaging<TestProtocol>();
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue({ res: 4 });
    await expect(m.sendMessage('countWords', { text: 'a' })).rejects.toThrow(/malformed reply/);
  });
});

describe('types', () => {
  it('follow the protocol: data in, awaited answer out', () => {
    const m = defineMessaging<TestProtocol>();
    expectTypeOf(m.sendMessage<'countWords'>)
      .parameter(1)
      .toEqualTypeOf<{ text: string }>();
    expectTypeOf(m.sendMessage<'getGreeting'>).returns.toEqualTypeOf<Promise<string>>();
    expectTypeOf(m.sendMessage<'notifyChange'>).returns.toEqualTypeOf<Promise<void>>();
    // @ts-expect-error -- not a message of the protocol
    expectTypeOf(m.sendMessage).toBeCallableWith('deleteEverything', {});
  });
});
