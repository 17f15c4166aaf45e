import { describe, expect, it } from 'vitest';
import { inlineEntries } from '@/lib/inline/entries';
import { toReport } from '@/lib/content/report';
import type { DetectedMention } from '@/lib/detect/types';
import { indexOfMentionId } from '@/lib/mention-id';

const el = () => document.createElement('p');
const m = (name: string): DetectedMention => ({
  brand: 'Staud',
  name,
  price: null,
  retailer: null,
  url: null,
  element: el(),
});

describe('inlineEntries', () => {
  it('names each mention by the id of what the report carries, skipping ones the report drops', () => {
    const found = [m('Shirley Bag'), m(''), m('Bean Bag'), { ...m('Moon Bag'), url: 'x'.repeat(5000) }, m('Tommy Bag')];
    const entries = inlineEntries(found);
    const report = toReport('https://mag.example/', 'Bags', found);
    expect(entries.map((e) => e.element)).toEqual([found[0]!.element, found[2]!.element, found[4]!.element]);
    expect(entries.map((e) => report.mentions[indexOfMentionId(report.mentions, e.id)]?.name)).toEqual([
      'Shirley Bag',
      'Bean Bag',
      'Tommy Bag',
    ]);
  });

  it('gives a mention the same id in every report, wherever it moves in the list', () => {
    const a = m('Shirley Bag');
    const b = m('Bean Bag');
    const first = inlineEntries([a, b]);
    const later = inlineEntries([m('New Bag'), { ...b, element: el() }, { ...a, element: el() }]);
    expect(later[2]!.id).toBe(first[0]!.id);
    expect(later[1]!.id).toBe(first[1]!.id);
    expect(new Set(later.map((e) => e.id)).size).toBe(3);
  });
});
