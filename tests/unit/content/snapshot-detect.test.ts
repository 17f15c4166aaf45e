import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { detectMentionsChunked } from '@/lib/detect';
import type { DetectedMention } from '@/lib/detect/types';
import { toPlainMention } from '@/lib/detect/validate';
import { installBundledGazetteer } from '@/lib/gazetteer/bundled';
import { findInSnapshot } from '@/lib/background/find-mentions';
import { snapshotPage } from '@/lib/content/snapshot';
import { toDetected, type FoundMention } from '@/lib/content/found';
import { mentionIdOf } from '@/lib/mention-id';
import { FIXTURES, fixtures, happyDoc } from '../detect/helpers';

beforeAll(() => installBundledGazetteer());

/** The background path: the page read into a snapshot, parsed with linkedom, detected, mapped back to live elements. */
async function viaBackground(doc: Document, pageUrl: string): Promise<DetectedMention[]> {
  const snapshot = snapshotPage(doc);
  const reply = await findInSnapshot({ pageUrl, html: snapshot.html, truncated: snapshot.truncated });
  // What crosses the message boundary is JSON.
  return toDetected(JSON.parse(JSON.stringify(reply)), snapshot.elements);
}

/**
 * In-page detection and the background path agree on every field of every mention and on its element. The
 * background never asks the pre-check again (the tab's pre-check already said yes), so neither side asks it here:
 * what is compared is the detector on the live page and on its snapshot.
 */
async function expectSame(html: string, pageUrl: string): Promise<number> {
  const doc = happyDoc(html);
  const inPage = await detectMentionsChunked(doc, pageUrl, { precheck: false });
  const off = await viaBackground(doc, pageUrl);
  expect(off.map(toPlainMention)).toEqual(inPage.map(toPlainMention));
  off.forEach((m, k) => expect(m.element).toBe(inPage[k]!.element));
  // The ids the background sends are the page's own hash of each mention.
  off.forEach((m) => expect((m as FoundMention).id).toBe(mentionIdOf(toPlainMention(m))));
  return inPage.length;
}

/** Labelled pages, one per site, every fourth site in name order: a fixed sample across languages and layouts. */
function labelledSample(): { file: string; html: string; pageUrl: string }[] {
  const sites = readdirSync(join(FIXTURES, 'labelled'), { withFileTypes: true }).filter((d) => d.isDirectory());
  return sites
    .map((d) => d.name)
    .sort()
    .filter((_, k) => k % 4 === 0)
    .flatMap((site) =>
      fixtures(join('labelled', site))
        .slice(0, 1)
        .map((f) => ({ ...f, file: `${site}/${f.file}`, pageUrl: f.expected.pageUrl })),
    );
}

describe('detection in the background on a page snapshot', () => {
  it('finds the seed article’s 19 mentions on the same elements as in-page detection', async () => {
    const seed = fixtures('articles').find((a) => a.file === 'micro-purses-2018.html')!;
    expect(await expectSame(seed.html, seed.expected.pageUrl)).toBe(19);
  });

  it('finds a shop page’s product from JSON-LD placed in the body', async () => {
    const page = fixtures('articles').find((a) => a.file === 'retailer-product-jsonld.html')!;
    const scripts = page.html.match(/<script type="application\/ld\+json">[\s\S]*?<\/script>/g)!;
    let html = page.html;
    for (const script of scripts) html = html.replace(script, '');
    html = html.replace('</body>', `${scripts.join('')}</body>`);
    expect(await expectSame(html, page.expected.pageUrl)).toBeGreaterThan(0);
  });

  for (const { file, html, expected } of fixtures('articles')) {
    it(`matches in-page detection on ${file}`, async () => {
      await expectSame(html, expected.pageUrl);
    });
  }

  const sample = labelledSample();
  it('has a sample of labelled pages', () => expect(sample.length).toBeGreaterThanOrEqual(8));
  for (const { file, html, pageUrl } of sample) {
    it(`matches in-page detection on labelled/${file}`, async () => {
      await expectSame(html, pageUrl);
    });
  }
});
