import { beforeAll, describe, expect, it, vi } from 'vitest';
import { installBundledGazetteer } from '@/lib/gazetteer/bundled';
import { findInSnapshot } from '@/lib/background/find-mentions';
import { worthReading } from '@/lib/background/no-precheck';
import { worthReading as swapped } from '@/lib/detect/precheck';
import { snapshotPage } from '@/lib/content/snapshot';
import { fixtures, happyDoc } from '../detect/helpers';

// As in Chromium's detector script (scripts/build/lazy-worker-modules.ts swaps the file in there).
vi.mock('@/lib/detect/precheck', () => import('@/lib/background/no-precheck'));

beforeAll(() => installBundledGazetteer());

describe('the detector script without the pre-check', () => {
  it('reads a snapshot as before: the pre-check is never asked', async () => {
    const seed = fixtures('articles').find((a) => a.file === 'micro-purses-2018.html')!;
    const snapshot = snapshotPage(happyDoc(seed.html));
    const found = await findInSnapshot({ pageUrl: seed.expected.pageUrl, html: snapshot.html, truncated: false });
    expect(found.mentions).toHaveLength(19);
  });

  it('says so loudly if it ever is', () => {
    expect(() => worthReading()).toThrow(/does not pre-check/);
    // The stand-in is the one the detector imported above.
    expect(swapped).toBe(worthReading);
  });
});
