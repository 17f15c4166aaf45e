// @vitest-environment node
import { afterEach, describe, expect, it, vi } from 'vitest';
import { installFakeDnr } from './fake-dnr';

afterEach(() => vi.restoreAllMocks());

// Each import is a fresh worker start: net-guard memoises its installation per worker.
async function wake(): Promise<boolean> {
  vi.resetModules();
  const { installNetGuard } = await import('@/lib/background/net-guard');
  return installNetGuard();
}

describe('the network guard on a worker wake-up', () => {
  it('installs its rules once, then leaves rules that are already in place alone', async () => {
    const dnr = installFakeDnr();
    const { fakeBrowser } = await import('wxt/testing/fake-browser');
    const update = vi.spyOn(fakeBrowser.declarativeNetRequest, 'updateSessionRules');
    expect(await wake()).toBe(true);
    expect(update).toHaveBeenCalledTimes(1);
    const installed = dnr.rules.length;
    expect(installed).toBeGreaterThan(0);
    // The worker stopped and started again: the session rules outlived it.
    expect(await wake()).toBe(true);
    expect(update).toHaveBeenCalledTimes(1);
    // Rules changed behind its back (another version left different ones): they are replaced.
    dnr.rules = dnr.rules.slice(1);
    expect(await wake()).toBe(true);
    expect(update).toHaveBeenCalledTimes(2);
    expect(dnr.rules).toHaveLength(installed);
  });
});
