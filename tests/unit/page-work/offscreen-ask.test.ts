// @vitest-environment node
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { askOffscreen } from '@/lib/page-work/offscreen-ask';
import type { OffscreenHost } from '@/lib/page-work/offscreen-host';
import { NoReceiverError } from '@/lib/protocol/messaging';
import { parseFoundMentions, type OffscreenSend } from '@/lib/protocol/offscreen';

const snapshot = { pageUrl: 'https://mag.example/a', html: '<p m="0">x</p>', truncated: false };
const found = { mentions: [], at: [], ids: [] };

function fakeHost() {
  return {
    ready: vi.fn(async (): Promise<void> => undefined),
    lost: vi.fn((): void => undefined),
    restart: vi.fn(async (): Promise<void> => undefined),
  } satisfies OffscreenHost;
}
const ask = (host: OffscreenHost, send: OffscreenSend, timeoutMs = 1000, signal?: AbortSignal) =>
  askOffscreen(host, send, 'offscreenFindMentions', snapshot, {
    parse: (v) => parseFoundMentions(v) ?? undefined,
    timeoutMs,
    signal,
  });

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});
beforeEach(() => void vi.spyOn(console, 'warn').mockImplementation(() => undefined));

describe('askOffscreen', () => {
  it('opens the document first and hands back its checked answer', async () => {
    const host = fakeHost();
    const send = vi.fn(async () => found);
    await expect(ask(host, send)).resolves.toEqual(found);
    expect(host.ready).toHaveBeenCalledBefore(send);
    expect(send).toHaveBeenCalledWith('offscreenFindMentions', snapshot);
  });

  it('re-creates a document found gone and asks it once more', async () => {
    const host = fakeHost();
    const send = vi.fn().mockRejectedValueOnce(new NoReceiverError('offscreenFindMentions')).mockResolvedValue(found);
    await expect(ask(host, send)).resolves.toEqual(found);
    expect(host.lost).toHaveBeenCalledTimes(1);
    expect(host.ready).toHaveBeenCalledTimes(2);
  });

  it('reads every failure as nothing found: no document, no receiver twice, an error answer, a malformed one', async () => {
    const noDoc = fakeHost();
    noDoc.ready.mockRejectedValue(new Error('offscreen API missing'));
    await expect(ask(noDoc, vi.fn())).resolves.toBeUndefined();
    const host = fakeHost();
    await expect(ask(host, vi.fn().mockRejectedValue(new NoReceiverError('x')))).resolves.toBeUndefined();
    expect(host.lost).toHaveBeenCalledTimes(1);
    await expect(ask(fakeHost(), vi.fn().mockRejectedValue(new Error('not from Magpie’s worker')))).resolves.toBe(
      undefined,
    );
    const malformed = [{ mentions: 'x', at: [] }, { mentions: [{}], at: [0] }, null, 'found'];
    for (const reply of malformed)
      await expect(
        ask(
          fakeHost(),
          vi.fn(async () => reply),
        ),
      ).resolves.toBeUndefined();
  });

  it('gives up on a late answer and closes the document as stuck', async () => {
    vi.useFakeTimers();
    const host = fakeHost();
    const got = ask(host, () => new Promise(() => undefined), 500);
    await vi.advanceTimersByTimeAsync(501);
    await expect(got).resolves.toBeUndefined();
    expect(host.restart).toHaveBeenCalledTimes(1);
  });

  it('rejects with the caller’s reason when the caller aborts', async () => {
    const stop = new AbortController();
    const got = ask(fakeHost(), () => new Promise(() => undefined), 10_000, stop.signal);
    stop.abort(new Error('detection took too long'));
    await expect(got).rejects.toThrow(/detection took too long/);
  });
});
