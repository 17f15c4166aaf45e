/**
 * Price parser cost: parsePrice per string against the least a parser could do (Number() on the
 * digits), and findPrices over 100,000 characters of dense prices, bare numbers and prose against
 * one regular-expression pass over the same text.
 */
import { findPrices, parsePrice } from '../../lib/price';
import { HELDOUT, HELDOUT_2, HELDOUT_3 } from '../../tests/unit/price/real-world-cases';
import { compare, type Timing } from './measure';
import { ms, ratio, table, type Out } from './report';
import type { Section } from './section';

const STRINGS = [...HELDOUT, ...HELDOUT_2, ...HELDOUT_3].map((c) => c[0]);
const SCAN_CHARS = 100_000;
const TEXTS = {
  dense: 'Toteme coat, $1,150; Khaite boots 38 - was €1.880,00 now €1.299; size 8, 4.5 stars (1,234 reviews) ',
  bare: '1 2 3 4 5 6 7 8 9 ',
  prose: 'The quick brown fox jumps over the lazy dog. ',
};
const long = (unit: string) => unit.repeat(Math.ceil(SCAN_CHARS / unit.length)).slice(0, SCAN_CHARS);

/** A scan any price finder must at least match: every run of digits, once. */
const digitRuns = (text: string) => text.match(/\d[\d.,]*/g)?.length ?? 0;

function perString(out: Out): void {
  const t = compare(
    {
      parse: { label: 'parsePrice', run: () => STRINGS.map((s) => parsePrice(s, { defaultCurrency: 'USD' })) },
      baseline: { label: 'Number(digits) baseline', run: () => STRINGS.map((s) => Number(s.replace(/[^\d.]/g, ''))) },
    },
    { ms: 1200 },
  );
  const each = (x: Timing) => [
    x.label,
    ms(x.median / STRINGS.length),
    ms(x.p90 / STRINGS.length),
    String(x.calls * STRINGS.length),
  ];
  out(
    ...table(
      [`per string (${STRINGS.length} held-out strings)`, 'median', 'p90', 'strings'],
      [[...each(t.parse)], [...each(t.baseline)]],
    ),
  );
  out();
  out(`  parsePrice costs ${ratio(t.parse.median / t.baseline.median)} Number() on the digits`);
}

function scans(out: Out): void {
  const texts = { dense: long(TEXTS.dense), bare: long(TEXTS.bare), prose: long(TEXTS.prose) };
  const t = compare(
    {
      dense: { label: 'dense prices', run: () => findPrices(texts.dense) },
      bare: { label: 'bare numbers', run: () => findPrices(texts.bare) },
      prose: { label: 'prose', run: () => findPrices(texts.prose) },
      bDense: { label: 'regex dense', run: () => digitRuns(texts.dense) },
      bBare: { label: 'regex bare', run: () => digitRuns(texts.bare) },
      bProse: { label: 'regex prose', run: () => digitRuns(texts.prose) },
    },
    { ms: 1500 },
  );
  const rows = (['dense', 'bare', 'prose'] as const).map((k) => {
    const base = t[k === 'dense' ? 'bDense' : k === 'bare' ? 'bBare' : 'bProse'];
    return [
      `findPrices, 100k chars of ${t[k].label}`,
      String(findPrices(texts[k]).length),
      ms(t[k].median),
      ms(t[k].p90),
      String(t[k].calls),
      ms(base.median),
      ratio(t[k].median / base.median),
    ];
  });
  out(...table(['scan', 'prices', 'median', 'p90', 'calls', 'digit-run regex', '÷ regex'], rows));
  out();
  out(
    `  prose costs ${ratio(t.prose.median / t.dense.median)} ` +
      `and bare numbers ${ratio(t.bare.median / t.dense.median)} the time of dense prices`,
  );
}

export const priceSection: Section = {
  name: 'price',
  title: 'Price parser: parsePrice and findPrices',
  run(out: Out) {
    perString(out);
    out();
    scans(out);
  },
};
