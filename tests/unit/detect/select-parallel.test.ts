import { describe, expect, it } from 'vitest';
import { select } from '@/lib/detect/pipeline';
import type { Candidate } from '@/lib/detect/context';

const cand = (element: Element, i: number, name: string, score: number): Candidate => ({
  brand: 'Nordvik',
  name,
  price: { amount: 29.95, currency: 'EUR' },
  retailer: null,
  url: null,
  element,
  claims: [{ i, s: 0, e: 30 }],
  score,
  format: 'caption',
});

/** A gallery of slides, each a figure with its caption; the captions' texts may repeat. */
function gallery(captions: string[]): Element[] {
  const box = document.createElement('div');
  return captions.map((t) => {
    const fig = document.createElement('figure');
    const cap = document.createElement('figcaption');
    cap.textContent = t;
    fig.append(cap);
    box.append(fig);
    return cap;
  });
}

describe('records of one list that read alike', () => {
  it('keeps each slide of a gallery as its own piece though the captions are the same', () => {
    const caps = gallery(['Top de Nordvik (29,95 €)', 'Top de Nordvik (29,95 €)', 'Top de Nordvik (29,95 €)']);
    const out = select(
      caps.map((c, k) => cand(c, k + 1, 'Top', 0.9 - k / 10)),
      0.5,
    );
    expect(out).toHaveLength(3);
  });

  it('still merges one piece named on its card and again in the prose', () => {
    const [card] = gallery(['Top de Nordvik (29,95 €)']);
    const prose = document.createElement('p');
    document.body.append(prose);
    const out = select([cand(card!, 1, 'Top', 0.9), cand(prose, 9, 'Top', 0.8)], 0.5);
    expect(out).toHaveLength(1);
  });
});
