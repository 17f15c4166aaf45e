import { describe, expect, it } from 'vitest';
import { precheckReason, worthReading } from '@/lib/detect/precheck';
import { lowerCredit } from '@/lib/detect/precheck-lower';
import { happyDoc } from './helpers';

const page = (body: string) =>
  happyDoc(`<!doctype html><html><head><title>t</title></head><body>${body}</body></html>`);
const prose = (n: number) =>
  Array.from({ length: n }, (_, k) => `<p>Paragraph ${k} of a walk in the park, with a friend and a dog.</p>`).join('');

/** lowerCredit at the first `joint` of `low`: the name starts after the joint and its spaces. */
const at = (low: string, joint: string): boolean => {
  const j = low.indexOf(joint);
  let k = j + joint.length;
  while (low[k] === ' ') k++;
  return lowerCredit(low, j, k);
};

describe('pre-check: outfit credits written in lower case', () => {
  it('reads a short item label and a short name between separators', () => {
    expect(at('a grey day.\ncardigan: gant, trousers: arket', ':')).toBe(true);
    expect(at('\nblazer – acne studios\n', ' – ')).toBe(true);
    expect(at('\nwool jumper toast | loafers: g.h. bass', ' | ')).toBe(true);
  });
  it('leaves menus, long prose and labels without an item', () => {
    expect(at('\ncoats | jackets | knitwear\n', ' | ')).toBe(false);
    expect(at('\nthe weather: it rained all day and all night long again\n', ':')).toBe(false);
    expect(at('\nopening hours: nine to five\n', ':')).toBe(false);
  });
  it('passes a page whose credits are a lower-case list', () => {
    const credits = '<p>cardigan: gant {similar here}, trousers: arket, loafers: g.h. bass</p>';
    expect(precheckReason(page(`${prose(2)}${credits}`))).toBe('credit lines');
    expect(worthReading(page(`${prose(2)}<p>blazer – acne studios<br>sandals – ancient greek</p>`))).toBe(true);
  });
  it('does not count one lower-case credit, nor lower-case names after a word joint', () => {
    expect(worthReading(page(`${prose(2)}<p>cardigan: gant</p>`))).toBe(false);
    const romance = '<p>zapatos de pala muy escotada, y un vestido de cuadros pequeños.</p>';
    expect(worthReading(page(`${prose(2)}${romance}`))).toBe(false);
  });
});

describe('pre-check: credit and money words of more languages', () => {
  it('reads Finnish amounts in euroa beside a product word', () => {
    expect(precheckReason(page(`${prose(2)}<p>Villakangastakki, 1 250 euroa.</p>`))).toBe('price near product word');
  });
  it('reads credits of socks, hairspray, bags and berets', () => {
    expect(worthReading(page(`${prose(2)}<p>Chaussettes : Bleuforêt</p>\n<p>Hairspray: Elnett</p>`))).toBe(true);
    expect(worthReading(page(`${prose(2)}<p>Bolsa: Schutz</p>\n<p>Boina: Kangol</p>`))).toBe(true);
  });
});
