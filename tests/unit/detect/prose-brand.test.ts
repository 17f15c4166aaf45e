import { describe, expect, it } from 'vitest';
import { proseBrand } from '@/lib/detect/anchors/prose-brand';
import { lineCtx } from './helpers';

const ctxOf = (body: string, lang: string) => lineCtx(body, lang);

const read = (body: string, lang = 'en') => proseBrand.detect(ctxOf(body, lang)).map((c) => [c.brand, c.name]);

describe('picks named in a sentence without a price', () => {
  it('reads a known maker after a determiner, with its model words', () => {
    expect(
      read('<p>For rainy commutes I keep going back to the Asics Gel-Nimbus 25, which never lets me down.</p>'),
    ).toEqual([['Asics', 'Gel-Nimbus 25']]);
    expect(read('<p>Dazu trage ich den Adidas Samba OG in Weiß.</p>', 'de')).toEqual([['Adidas', 'Samba OG']]);
  });

  it('reads a maker before a bare product noun only for the writer’s own piece', () => {
    expect(read('<p>I wore it with my Birkenstock sandals and a straw hat.</p>')).toEqual([['Birkenstock', 'sandals']]);
    expect(read('<p>The actress arrived in a Prada gown and a Cartier watch.</p>')).toEqual([]);
  });

  it('leaves a maker without a determiner, a collaboration or a season alone', () => {
    expect(read('<p>Zara reported higher sales this quarter.</p>')).toEqual([]);
    expect(read('<p>We loved the Chanel Spring show in Paris.</p>')).toEqual([]);
    expect(read('<p>Everyone queued for the Nike x Sacai drop.</p>')).toEqual([]);
  });
});

describe('picks named in a sentence: sure makers and everyday-word makers', () => {
  it('reads a lone model word after a maker the gazetteer is sure of', () => {
    expect(read('<p>On long runs I trust the Saucony Kinvara more than anything else.</p>')).toEqual([
      ['Saucony', 'Kinvara'],
    ]);
  });

  it('reads a maker spelt like an everyday word only in capitals before a product noun', () => {
    expect(read('<p>I wore my Coach sandals the whole trip.</p>')).toEqual([['Coach', 'sandals']]);
    expect(read('<p>I wore my coach sandals the whole trip.</p>')).toEqual([]);
  });
});

describe('picks named in a sentence: everyday-word makers before a model', () => {
  it('reads an everyday-word maker in capitals before a model of two words or with a number', () => {
    expect(read('<p>Für den Regen passt der Puma Speedcat Ballet mit flacher Sohle.</p>', 'de')).toEqual([
      ['Puma', 'Speedcat Ballet'],
    ]);
    expect(read('<p>Zum Schluss noch der Vans Sk8-Hi aus Wildleder.</p>', 'de')).toEqual([['Vans', 'Sk8-Hi']]);
    expect(read('<p>We met at the Puma store downtown.</p>')).toEqual([]);
    expect(read('<p>Dazu passt der vans Sk8-Hi aus Wildleder.</p>', 'de')).toEqual([]);
  });
});
