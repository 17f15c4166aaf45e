import { describe, expect, it } from 'vitest';
import { recordGroupsFormat } from '@/lib/detect/anchors/record-groups';
import { gather } from '@/lib/detect/pipeline';
import type { Candidate } from '@/lib/detect/context';
import { recordGroups } from '@/lib/detect/records';
import { recordFacts } from '@/lib/detect/record-info';
import { happyDoc } from './helpers';

const URL = 'https://www.example-mag.com/style/autumn-edit/';
const page = (body: string) =>
  happyDoc(
    `<!DOCTYPE html><html lang="en"><head><title>t</title></head><body><article>${body}</article></body></html>`,
  );

function gathered(body: string) {
  const it = gather(page(body), URL);
  for (;;) {
    const r = it.next();
    if (r.done) return r.value;
  }
}
// The generator is read on its own, before the scorer decides.
const group = (body: string): Candidate[] => {
  const g = gathered(body);
  return Array.isArray(g) ? [] : recordGroupsFormat.detect(g.ctx);
};
const roles = (cs: Candidate[]) => cs.map((c) => [c.brand, c.name, c.price?.amount ?? null, c.retailer]);

// Cards whose maker, name, price and button sit in separate elements, with classes that name nothing.
const card = (maker: string, name: string, price: string, shop: string, host: string) =>
  `<div class="q7"><p class="q7a">${maker}</p><h3 class="q7b">${name}</h3><p class="q7c">${price}</p>` +
  `<a class="q7d" href="https://www.${host}/p/1">Buy at ${shop}</a></div>`;

describe('records found by repeated sibling structure', () => {
  it('reads each card of a grid: maker line, heading name, price, and the shop of its button', () => {
    const got = roles(
      group(
        card('Fernhollow', 'Waxed Field Jacket', '$240', 'Nordlane', 'nordlane.com') +
          card('Quillmere', 'Merino Roll Neck', '$98', 'Nordlane', 'nordlane.com') +
          card('Ashgrove', 'Suede Chelsea Boots', '$310', 'Stockwell', 'stockwell.com'),
      ),
    );
    expect(got).toEqual(
      expect.arrayContaining([
        ['Fernhollow', 'Waxed Field Jacket', 240, 'Nordlane'],
        ['Quillmere', 'Merino Roll Neck', 98, 'Nordlane'],
        ['Ashgrove', 'Suede Chelsea Boots', 310, 'Stockwell'],
      ]),
    );
  });

  it('finds runs of siblings with no wrapper (h3, p, p, a repeating) and takes the first of several buy buttons', () => {
    const run = (name: string, a: string, b: string) =>
      `<h3>${name}</h3><p>Soft, light and warm enough for a cold platform.</p>` +
      `<p><a href="https://www.shopone.com/x">${a} at Shopone</a></p><p><a href="https://www.shoptwo.com/y">${b} at Shoptwo</a></p>`;
    const body = `<p>Our favourite scarves this winter.</p>${run('Brushed Wool Scarf', '$45', '$52')}${run('Cashmere Wrap', '$120', '$135')}`;
    const g = gathered(body);
    expect(Array.isArray(g)).toBe(false);
    if (Array.isArray(g)) return;
    expect(recordGroups(g.ctx).some((x) => x.kind === 'seq' && x.recs.length === 2)).toBe(true);
    const got = roles(recordGroupsFormat.detect(g.ctx));
    expect(got).toContainEqual([null, 'Brushed Wool Scarf', 45, 'Shopone']);
    expect(got).toContainEqual([null, 'Cashmere Wrap', 120, 'Shopone']);
  });

  it('tells the scorer the group evidence of a record: size, share priced, place', () => {
    const g = gathered(
      card('Fernhollow', 'Waxed Field Jacket', '$240', 'Nordlane', 'nordlane.com') +
        card('Quillmere', 'Merino Roll Neck', '$98', 'Nordlane', 'nordlane.com'),
    );
    if (Array.isArray(g)) throw new Error('no candidates');
    const c = recordGroupsFormat.detect(g.ctx).find((x) => x.name === 'Merino Roll Neck')!;
    expect(recordFacts(c.element)).toMatchObject({ size: 2, priced: 1, linked: 1, pos: 1, seq: false });
  });

  it('ignores repeated paragraphs of prose and groups with no price, shop link or buy button', () => {
    const prose =
      '<p>We walked along the harbour for most of the afternoon and talked about the long winter ahead of us all.</p>';
    expect(group(prose.repeat(4))).toEqual([]);
    expect(group('<ul><li>Preheat the oven</li><li>Whisk the eggs</li><li>Fold in the flour</li></ul>')).toEqual([]);
  });

  it('skips a badge line above the name ("Best overall")', () => {
    const badge = (b: string, n: string, p: string) =>
      `<div class="z1"><span class="z2">${b}</span><h3>${n}</h3><p>${p}</p>` +
      `<a href="https://www.kettlehouse.com/p">Shop now</a></div>`;
    const got = roles(
      group(badge('Best overall', 'Stovetop Kettle', '$65') + badge('Runner-up', 'Glass Kettle', '$48')),
    );
    expect(got.map((g) => g[1])).toEqual(['Stovetop Kettle', 'Glass Kettle']);
  });
});
