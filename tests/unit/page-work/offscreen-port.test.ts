// @vitest-environment node
import { describe, expect, it, vi } from 'vitest';
import { OFFSCREEN_PORT, portSend, servePort } from '@/lib/page-work/offscreen-port';
import { NoReceiverError } from '@/lib/protocol/messaging';
import type { OffscreenHandlers } from '@/lib/protocol/offscreen';
import { fakeConnections } from './fake-ports';

const worker = { id: 'magpie', url: 'chrome-extension://magpie/background.js' };
const handlers: OffscreenHandlers = {
  offscreenFindMentions: () => ({ mentions: [], at: [] }),
  offscreenExtractListing: () => {
    throw new Error('unreadable page');
  },
  offscreenSearchLinks: async () => ['https://shop.example/p/1'],
};
const page = { html: '<p>', url: 'https://shop.example/s', brand: null, name: 'Bag', max: 3 };

describe('the offscreen port', () => {
  it('carries questions and answers, errors included, over one port', async () => {
    const ports = fakeConnections(() => worker);
    const stop = servePort(handlers, (s) => s.id === worker.id, ports.onConnect);
    const connect = vi.fn(ports.connect);
    const send = portSend(connect);
    await expect(send('offscreenSearchLinks', page)).resolves.toEqual(['https://shop.example/p/1']);
    await expect(send('offscreenExtractListing', page)).rejects.toThrow(/unreadable page/);
    expect(connect).toHaveBeenCalledTimes(1);
    expect(connect).toHaveBeenCalledWith({ name: OFFSCREEN_PORT });
    stop();
  });

  it('fails open questions as no receiver when the port closes, and opens a new one for the next', async () => {
    const ports = fakeConnections(() => worker);
    const send = portSend(ports.connect);
    // No document listening: the port closes at once.
    await expect(send('offscreenSearchLinks', page)).rejects.toBeInstanceOf(NoReceiverError);
    const stop = servePort(
      { ...handlers, offscreenSearchLinks: () => new Promise(() => undefined) },
      () => true,
      ports.onConnect,
    );
    const waiting = send('offscreenSearchLinks', page);
    await new Promise((ok) => setTimeout(ok, 5));
    ports.closeAll();
    await expect(waiting).rejects.toBeInstanceOf(NoReceiverError);
    stop();
  });

  it('closes unheard a port from anyone the document does not accept, or under another name', async () => {
    const ports = fakeConnections(() => ({ ...worker, tab: { id: 1 } as never }));
    const run = vi.fn(handlers.offscreenSearchLinks);
    const stop = servePort({ ...handlers, offscreenSearchLinks: run }, (s) => s.tab === undefined, ports.onConnect);
    await expect(portSend(ports.connect)('offscreenSearchLinks', page)).rejects.toBeInstanceOf(NoReceiverError);
    const other = ports.connect({ name: 'someone-else' });
    other.postMessage({ magpie: 1, id: 1, type: 'offscreenSearchLinks', data: page });
    await new Promise((ok) => setTimeout(ok, 5));
    expect(run).not.toHaveBeenCalled();
    stop();
  });
});
