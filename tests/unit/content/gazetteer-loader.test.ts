import { afterEach, describe, expect, it, vi } from 'vitest';
import { BUNDLED_GAZETTEER, installBundledGazetteer } from '../../../lib/gazetteer/bundled';
import { lookupBrand } from '../../../lib/gazetteer';

// Each test gets a module graph without installed data, like a fresh content script.
async function freshModules() {
  vi.resetModules();
  const loader = await import('../../../lib/content/gazetteer-loader');
  const gazetteer = await import('../../../lib/gazetteer');
  return { ...loader, ...gazetteer };
}

afterEach(() => {
  vi.resetModules();
  installBundledGazetteer();
});

describe('ensureGazetteer', () => {
  it('fetches the data once, then lookups work', async () => {
    const m = await freshModules();
    expect(m.hasGazetteerData()).toBe(false);
    expect(() => m.lookupBrand('Chloé')).toThrow(m.GazetteerNotLoadedError);
    const fetchData = vi.fn(async () => BUNDLED_GAZETTEER);
    await Promise.all([m.ensureGazetteer(fetchData), m.ensureGazetteer(fetchData)]);
    await m.ensureGazetteer(fetchData);
    expect(fetchData).toHaveBeenCalledTimes(1);
    expect(m.lookupBrand('Chloe')?.name).toBe(lookupBrand('Chloé')?.name);
  });

  it('rejects malformed data and tries again on the next call', async () => {
    const m = await freshModules();
    await expect(m.ensureGazetteer(async () => ({ brands: 42 }))).rejects.toThrow(/malformed/);
    expect(m.hasGazetteerData()).toBe(false);
    await expect(m.ensureGazetteer(async () => BUNDLED_GAZETTEER)).resolves.toBeUndefined();
    expect(m.lookupBrand('Mansur Gavriel')?.name).toBe('Mansur Gavriel');
  });
});
