import { describe, expect, it } from 'vitest';
import { listItemFeatures, listItemMaker } from '@/lib/detect/anchors/list-item-maker';
import { installBundledGazetteer } from '@/lib/gazetteer/bundled';
import { lineCtx } from './helpers';

installBundledGazetteer();

const read = (body: string) => listItemMaker.detect(lineCtx(body, 'en')).map((c) => [c.brand, c.name]);

describe('list items naming a piece and then its maker', () => {
  it('reads each item of a list, with or without a comment after the maker', () => {
    const got = read(
      '<ul><li>Oak serving boards from Nordhus Works</li>' +
        '<li>Stoneware mugs in sand glaze by Kiln &amp; Co — we use ours daily</li>' +
        '<li>Linen napkins from Morrow Studio. Design: Ada Lind</li></ul>',
    );
    expect(got).toEqual([
      ['Nordhus Works', 'Oak serving boards'],
      ['Kiln & Co', 'Stoneware mugs'],
      ['Morrow Studio', 'Linen napkins'],
    ]);
  });

  it('reads nothing from a single item, a sentence or a maker written in lower case', () => {
    expect(read('<ul><li>Oak serving boards from Nordhus Works</li><li>Tea, as ever</li></ul>')).toEqual([]);
    expect(read('<ul><li>We got home from Paris late</li><li>then it rained by the sea</li></ul>')).toEqual([]);
    expect(read('<p>Oak serving boards from Nordhus Works</p><p>Linen napkins from Morrow Studio</p>')).toEqual([]);
  });

  it('is a feature of its own to the scorer', () => {
    const [c] = listItemMaker.detect(
      lineCtx('<ol><li>Wool throw from Hartwell</li><li>Copper kettle from Osterby</li></ol>', 'en'),
    );
    expect(listItemFeatures(c!)).toEqual([1]);
    expect(listItemFeatures({ ...c!, format: 'anchor-line' })).toEqual([0]);
  });
});
