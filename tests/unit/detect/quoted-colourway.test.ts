import { describe, expect, it } from 'vitest';
import { quotedColourway } from '@/lib/detect/anchors/quoted-colourway';
import { gather } from '@/lib/detect/pipeline';
import type { Candidate } from '@/lib/detect/context';
import { happyDoc } from './helpers';

const page = (body: string) =>
  happyDoc(
    `<!DOCTYPE html><html lang="en"><head><title>t</title></head><body><article>${body}</article></body></html>`,
  );

function cands(body: string): Candidate[] {
  const it = gather(page(body), 'https://www.example-kicks.com/2025/04/release-radar/');
  for (;;) {
    const r = it.next();
    if (r.done) return Array.isArray(r.value) ? r.value : r.value.cands;
  }
}
// (A page needs a price or a buy link somewhere to be read at all: lib/detect/precheck.)
const LEAD = '<p>Last week the trainers were $120 at <a href="https://www.zappos.com/p/x">Zappos</a>.</p>';
const quoted = (body: string) =>
  cands(LEAD + body)
    .filter((c) => c.format === quotedColourway.id && /"/.test(c.name))
    .map((c) => [c.brand, c.name, c.price?.amount ?? null]);

describe('quoted colourways in release previews', () => {
  it('reads "Model "Colourway" by Maker" and a known maker opening the model', () => {
    const got = quoted(
      '<p>02. Gel-Lyte 5 "Harbour Fog" by Asics, £110</p>' +
        '<p>Saturday brings the Reebok Club C 85 "Pine Needle", a green suede pair with a gum sole.</p>',
    );
    expect(got).toEqual(
      expect.arrayContaining([
        ['Asics', 'Gel-Lyte 5 "Harbour Fog"', 110],
        ['Reebok', 'Club C 85 "Pine Needle"', null],
      ]),
    );
  });

  it('leaves a quoted title without a maker alone', () => {
    const got = quoted(
      '<p>We rewatched The Big "Summer" Special on Friday and talked about Chapter 3 "Homecoming".</p>',
    );
    expect(got).toEqual([]);
  });
});
