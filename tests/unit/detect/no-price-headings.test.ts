import { describe, expect, it } from 'vitest';
import { FEATURE_NAMES } from '@/lib/detect/feature-names';
import { gather, type Gathered } from '@/lib/detect/pipeline';
import { happyDoc } from './helpers';

const page = (body: string) =>
  happyDoc(
    `<!DOCTYPE html><html lang="en"><head><title>t</title></head><body><article>${body}</article></body></html>`,
  );

function gathered(body: string): Gathered {
  const it = gather(page(body), 'https://www.example-reviews.com/2025/05/travel-kettles/');
  for (;;) {
    const r = it.next();
    if (r.done) {
      if (Array.isArray(r.value)) throw new Error('read as a product page');
      return r.value;
    }
  }
}

const RUN = FEATURE_NAMES.indexOf('no-price*brand-heading-run');
// (A page needs a price or a buy link somewhere to be read at all: lib/detect/precheck.)
const LEAD = '<p>Our budget pick was $25 at <a href="https://www.amazon.com/dp/B0TEST">Amazon</a>.</p>';

/** The heading-run feature of each candidate read from a heading, by its name. */
function runs(body: string): Map<string, number> {
  const g = gathered(LEAD + body);
  const out = new Map<string, number>();
  g.cands.forEach((c, k) => {
    if (g.ctx.lines[c.claims[0]?.i ?? -1]?.h) out.set(`${c.brand} | ${c.name}`, g.X[k]![RUN]!);
  });
  return out;
}

describe('runs of "Brand Model" headings without a price', () => {
  it('marks unpriced headings that each name a known maker', () => {
    const got = runs(
      '<h3>Philips Series 5000 Kettle</h3><p>Boils a litre in two minutes and stays quiet.</p>' +
        '<h3>Bosch Styline Compact</h3><p>The smallest of the test, with a clear water window.</p>' +
        '<h3>Braun PurEase Kettle</h3><p>Light, with a filter that is easy to rinse.</p>',
    );
    const marked = [...got].filter(([, v]) => v > 0).map(([k]) => k.split(' | ')[0]);
    expect(marked).toEqual(expect.arrayContaining(['Philips', 'Bosch', 'Braun']));
  });

  it('leaves a heading alone when a price under it makes it a priced record', () => {
    const got = runs(
      '<h3>Philips Series 5000 Kettle</h3><p>$49.99 at Target</p>' +
        '<h3>Bosch Styline Compact</h3><p>$59.99 at Target</p>',
    );
    expect(got.size).toBeGreaterThan(0);
    expect([...got.values()].every((v) => v === 0)).toBe(true);
  });
});
