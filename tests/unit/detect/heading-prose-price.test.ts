import { describe, expect, it } from 'vitest';
import { headingProsePrice } from '@/lib/detect/anchors/heading-prose-price';
import { clusters } from '@/lib/detect/clusters';
import { lineCtx } from './helpers';

const read = (body: string, lang: string, currency: string) => {
  const ctx = lineCtx(body, lang, currency);
  for (const l of ctx.lines) clusters(ctx, l);
  return headingProsePrice.detect(ctx).map((c) => [c.brand, c.name, c.price?.amount, c.price?.currency]);
};

describe('a product heading with its one price in the prose below', () => {
  it('reads the price a sentence under the heading names', () => {
    const body =
      '<h3>Nike – Air Max</h3><p>Elle va avec tout, et on peut la créer sur mesure pour la petite somme de 170 euros.</p>' +
      '<h3>Veja – Campo</h3><p>La basket en cuir que tout le monde porte cet été, sans prix annoncé.</p>';
    expect(read(body, 'fr', 'EUR')).toEqual([['Nike', 'Air Max', 170, 'EUR']]);
  });

  it('reads nothing when the section names two prices, or when the heading names no known maker', () => {
    const body =
      '<h3>Nike – Air Max</h3><p>The original costs 170 euros. The version for children costs 90 euros.</p>' +
      '<h3>Our favourite trainers</h3><p>The pair we wear most costs 90 euros.</p>';
    expect(read(body, 'en', 'EUR')).toEqual([]);
  });

  it('reads no offer in running text that never closes its sentence', () => {
    const body = '<h3>Nike – Air Max</h3><p>It used to cost 170 euros at the brand store and more</p>';
    expect(read(body, 'en', 'EUR')).toEqual([]);
  });
});
