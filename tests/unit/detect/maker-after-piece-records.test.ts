import { describe, expect, it } from 'vitest';
import { brandRecord } from '@/lib/detect/anchors/brand-record';
import { lineCtx } from './helpers';

const read = (body: string, lang: string) =>
  brandRecord.detect(lineCtx(body, lang, 'EUR')).map((c) => [c.brand, c.name, c.retailer]);

describe('wish-list records "piece fra Maker", "Maker piece fra Shop"', () => {
  it('reads the maker after "fra"/"från" without leaving the preposition on the name', () => {
    const got = read(
      '<ul><li>Espadrillos fra Chanel</li><li>Sandaler fra Ganni</li><li>Lipgloss fra Dior</li></ul>',
      'da',
    );
    expect(got).toEqual(
      expect.arrayContaining([
        ['Chanel', 'Espadrillos', null],
        ['Dior', 'Lipgloss', null],
      ]),
    );
    expect(got.every(([, name]) => !/\bfra$/u.test(String(name)))).toBe(true);
  });

  it('takes a maker opening the record as the brand and the unknown name after "fra" as its shop', () => {
    const got = read('<ul><li>Ganni bikini fra Strandboden Lise</li><li>Solbriller fra Prada</li></ul>', 'da');
    expect(got).toEqual(expect.arrayContaining([['Ganni', 'bikini', 'Strandboden Lise']]));
  });
});
