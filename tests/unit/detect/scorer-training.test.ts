import { describe, expect, it } from 'vitest';
import type { Candidate } from '@/lib/detect/context';
import { DETECT_MODEL } from '@/lib/detect/generated/detect-model';
import { probability, scoreAll } from '@/lib/detect/model';
import { SECOND_PASS_NAMES, secondPassFeatures } from '@/lib/detect/second-pass';
import { binFeatures, fitTrees } from '../../../scripts/lib/boosted-trees';
import { happyDoc } from './helpers';

// A toy problem no single feature separates: label = a XOR b (unbalanced, so a greedy first split
// gains), with a noise feature in between.
const X: number[][] = [];
const y: number[] = [];
for (let i = 0; i < 40; i++) {
  const a = i % 2;
  const b = i % 3 === 0 ? 1 : 0;
  X.push([1, a, (i % 7) / 7, b]);
  y.push(a ^ b);
}

describe('boosted trees', () => {
  it('learn an interaction that logistic regression cannot', () => {
    const m = fitTrees(binFeatures(X), y, { rounds: 60, depth: 2, shrinkage: 0.3, minHessian: 0.1 });
    const model = { weights: [], base: m.base, trees: m.trees, accept: 0.5 };
    X.forEach((x, i) => expect(probability(model, x) >= 0.5 ? 1 : 0).toBe(y[i]));
  });

  it('are deterministic and leave out examples of weight 0', () => {
    const opts = { rounds: 20, depth: 2, minHessian: 0.1 };
    const B = binFeatures(X);
    expect(fitTrees(B, y, opts)).toEqual(fitTrees(B, y, opts));
    // Flipping the labels of left-out rows changes nothing.
    const w = X.map((_, i) => (i < 8 ? 0 : 1));
    const flipped = y.map((v, i) => (i < 8 ? 1 - v : v));
    expect(fitTrees(B, flipped, opts, w)).toEqual(fitTrees(B, y, opts, w));
  });

  it('cut halfway between distinct values and split only features that vary', () => {
    const B = binFeatures([
      [1, 0],
      [1, 1],
      [1, 3],
    ]);
    expect(B.cuts).toEqual([[], [0.5, 2]]);
    const m = fitTrees(B, [0, 0, 1], { rounds: 1, depth: 1, minHessian: 0.01 });
    expect(m.trees[0]).toEqual([1, 2, expect.any(Number), expect.any(Number)]);
  });
});

const doc = happyDoc('<ul id="a"><li>a</li><li>b</li><li>c</li></ul><p id="lone">d</p>');
const cand = (el: Element, price: boolean): Candidate => ({
  brand: 'Acme',
  name: 'Wool Coat',
  price: price ? { amount: 10, currency: 'USD' } : null,
  retailer: null,
  url: null,
  element: el,
  claims: [],
  score: 0,
  format: 'anchor-list',
});

describe('the page-level second pass', () => {
  const items = [...doc.querySelectorAll('li')];
  const cands = [...items.map((li) => cand(li, false)), cand(doc.getElementById('lone')!, true)];

  it('gives a record the scores of its sibling records', () => {
    const Z = secondPassFeatures(cands, [0.9, 0.8, 0.3, 0.2], 0.5);
    expect(Z[0]).toHaveLength(SECOND_PASS_NAMES.length);
    const at = (name: string) => SECOND_PASS_NAMES.indexOf(name);
    // The third item's siblings passed; the lone paragraph has no siblings among the candidates.
    expect(Z[2]![at('same-parent-mean')]).toBeCloseTo(0.85);
    expect(Z[2]![at('same-parent-max')]).toBeCloseTo(0.9);
    expect(Z[3]![at('same-parent-mean')]).toBe(0);
    expect(Z[3]![at('page-accepted-share')]).toBeCloseTo(2 / 3);
  });

  it('is part of the shipped model', () => {
    expect(DETECT_MODEL.second).toHaveLength(SECOND_PASS_NAMES.length);
  });

  it('lifts a weak record whose sibling records passed', () => {
    // Hand-set second pass: trust the first pass, plus the share of same-kind records that passed.
    const second = SECOND_PASS_NAMES.map((n) => (n === 'first-logit' ? 4 : n === 'format-accepted-share' ? 2 : 0));
    const model = { weights: [1], second, accept: 0.5 };
    const logit = (p: number) => [Math.log(p / (1 - p))];
    const among = (sib: number) => scoreAll(model, cands, [sib, sib, 0.4, 0.2].map(logit))[2]!;
    expect(among(0.9)).toBeGreaterThan(0.5);
    expect(among(0.1)).toBeLessThan(0.5);
  });
});
