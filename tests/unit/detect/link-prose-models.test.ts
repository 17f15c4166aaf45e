import { describe, expect, it } from 'vitest';
import { linkProse } from '@/lib/detect/anchors/link-prose';
import { collectLines } from '@/lib/detect/lines';
import type { Ctx, Line } from '@/lib/detect/context';
import { happyDoc } from './helpers';

function read(body: string): (string | null)[][] {
  const doc = happyDoc(`<!DOCTYPE html><html lang="en"><body><article>${body}</article></body></html>`);
  const lines: Line[] = [];
  const it = collectLines(doc, lines);
  while (!it.next().done);
  const ctx: Ctx = {
    root: doc,
    doc,
    pageUrl: 'https://mag.example.org/a',
    host: 'mag.example.org',
    currency: 'USD',
    lines,
  };
  return linkProse.detect(ctx).map((c) => [c.brand, c.name]);
}

describe('linked picks in prose', () => {
  it('takes a known maker and a model without a noun when the link goes to a product page', () => {
    const got = read(
      '<p>For the office I keep going back to <a href="https://www.jcrew.com/p/mens/suiting/bowery-chino/AB123">' +
        'J.Crew\'s Bowery</a> and the <a href="https://www.allenedmonds.com/products/strand-oxford">Allen Edmonds ' +
        'Strand</a> on the days I dress up.</p>',
    );
    expect(got).toEqual([
      ['J.Crew', 'Bowery'],
      ['Allen Edmonds', 'Strand'],
    ]);
  });

  it('does not take a model without a noun from a link to a home page', () => {
    expect(
      read('<p>For the office I keep going back to <a href="https://www.jcrew.com/">J.Crew Bowery</a> every week.</p>'),
    ).toEqual([]);
  });

  it('reads negative cues in the link sentence only', () => {
    const fine = read(
      '<p>A plain navy suit is fine. I would pick <a href="https://www.toddsnyder.com/products/x-suit">Todd Snyder&#39;s ' +
        'wool suit</a> for the wedding.</p>',
    );
    expect(fine).toEqual([['Todd Snyder', 'wool suit']]);
  });
});

describe('linked picks in prose: the shop after the maker, makers spelt like words', () => {
  it('leaves the shop out of the maker and reads an everyday-word maker in capitals before a noun', () => {
    const got = read(
      '<p>Last month I ordered the <a href="https://shop.example.com/p/77">Ribbed Rollneck jumper from Jigsaw ' +
        'at Selfridges</a> and, for the trip, the <a href="https://shop.example.com/p/78">Coach shoulder bag</a> ' +
        'I had wanted for ages.</p>',
    );
    expect(got).toEqual([
      ['Jigsaw', 'Ribbed Rollneck jumper'],
      ['Coach', 'shoulder bag'],
    ]);
  });
});
