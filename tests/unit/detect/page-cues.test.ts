import { describe, expect, it } from 'vitest';
import { FEATURE_NAMES } from '@/lib/detect/feature-names';
import { PAGE_CUE_NAMES, pageCues, saysRecall, saysUnreleased } from '@/lib/detect/page-cues';
import type { Ctx } from '@/lib/detect/context';

/** A bare context over a page written here: one line per paragraph. */
function ctxOf(html: string): Ctx {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const lines = [...doc.querySelectorAll('p, li, h1, h2')].map((el, i) => ({ i, text: el.textContent ?? '' }));
  return {
    root: doc,
    doc,
    pageUrl: 'https://example.org/a',
    host: 'example.org',
    currency: 'USD',
    lines,
  } as unknown as Ctx;
}

describe('page cues: recalls and pieces not on sale yet', () => {
  it('hears a safety recall in several languages', () => {
    for (const t of [
      'The company is recalling about 12,000 kettles after reports of the lid coming loose.',
      'Owners should stop using the heaters and ask for a free replacement.',
      'Der Hersteller startet einen Rückruf für zwei Modelle des Föhns.',
      'Rappel conso : ces bottes pour enfants présentent un risque de blessure.',
      'La marca anuncia la retirada del mercado de una silla infantil.',
      'Il produttore ha richiamato tre lotti di caschi da bici.',
      'Företaget återkallar en cykelhjälm efter tre olyckor.',
      'Het merk roept een kinderstoel terug: terugroepactie voor twee kleuren.',
      'ヘアドライヤーのリコールについてのお知らせ',
    ])
      expect(saysRecall(t), t).toBe(true);
  });

  it('stays quiet on shopping lines that merely sound close', () => {
    for (const t of [
      'I recall buying my first trench at Uniqlo for $60.',
      'This Acme kettle, $49, is the one I use every morning.',
      'Ein Rock für den Herbst, 79 € bei Zalando',
      'Un rappel de couleur avec ce sac rouge, 120 €',
      "La newsletter m'a rappelé ce sac vu en vitrine.",
    ])
      expect(saysRecall(t), t).toBe(false);
  });

  it('hears a piece shown before any sale', () => {
    for (const t of [
      'There is no release date yet for this colourway.',
      'The pair is still a sample and has not been confirmed for retail.',
      'Leaked photos show the new collaboration in suede.',
      'Ein Erscheinungstermin ist noch nicht bekannt.',
      'La date de sortie est pas encore connue.',
      'De releasedatum is nog niet bekend.',
      '発売日未定のモデルです。',
    ])
      expect(saysUnreleased(t), t).toBe(true);
  });

  it('stays quiet on a release with its date and price', () => {
    for (const t of [
      'The shoe drops on March 4 for $150 at Foot Locker.',
      'Der Sneaker erscheint am 12. Mai für 130 €.',
      'Disponible dès maintenant à 95 € chez Courir.',
      'Found it at the new concept store on Regent Street, £45.',
    ])
      expect(saysUnreleased(t), t).toBe(false);
  });

  it('counts cue lines once per page and reads the headline', () => {
    const recall = ctxOf(
      '<title>Hair dryer recall</title><h1>Hair dryers recalled</h1><p>About 30,000 units sold.</p>' +
        '<ul><li>Acme Mini (model numbers AC1, AC2)</li><li>Acme Max</li></ul><p>Stop using them.</p>',
    );
    const [lines, head, unreleased, unreleasedHead] = pageCues(recall);
    expect(head).toBe(1);
    expect(lines).toBeGreaterThan(0);
    expect(unreleased).toBe(0);
    expect(unreleasedHead).toBe(0);
    const preview = ctxOf(
      '<title>Leaked: the Acme Runner "Dusk"</title><h1>First look at the Acme Runner</h1>' +
        '<p>Acme Runner "Dusk"</p><p>The release date is still unknown.</p>',
    );
    expect(pageCues(preview).slice(2)).toEqual([expect.any(Number), 1]);
    expect(pageCues(preview)[2]).toBeGreaterThan(0);
    const shop = ctxOf('<title>Ten coats we love</title><h1>Ten coats</h1><p>Acme wool coat, $120 at Shop</p>');
    expect(pageCues(shop)).toEqual([0, 0, 0, 0]);
  });

  it('sits in the feature list as one group', () => {
    const at = FEATURE_NAMES.indexOf(PAGE_CUE_NAMES[0]!);
    expect(at).toBeGreaterThan(FEATURE_NAMES.indexOf('shared-credit'));
    expect(FEATURE_NAMES.slice(at, at + PAGE_CUE_NAMES.length)).toEqual(PAGE_CUE_NAMES);
  });
});
