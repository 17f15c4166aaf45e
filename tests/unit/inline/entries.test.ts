import { describe, expect, it } from 'vitest';
import { inlineEntries } from '@/lib/inline/entries';
import { toReport } from '@/lib/content/report';
import type { DetectedMention } from '@/lib/detect/types';

const el = () => document.createElement('p');
const m = (name: string): DetectedMention => ({ brand: 'Staud', name, price: null, retailer: null, url: null, element: el() });

describe('inlineEntries', () => {
  it('numbers mentions as the report does, skipping ones the report drops', () => {
    const found = [m('Shirley Bag'), m(''), m('Bean Bag'), { ...m('Moon Bag'), url: 'x'.repeat(5000) }, m('Tommy Bag')];
    const entries = inlineEntries(found);
    const report = toReport('https://mag.example/', 'Bags', found);
    expect(entries.map((e) => e.element)).toEqual([found[0]!.element, found[2]!.element, found[4]!.element]);
    expect(entries.map((e) => report.mentions[e.index]?.name)).toEqual(['Shirley Bag', 'Bean Bag', 'Tommy Bag']);
  });
});
