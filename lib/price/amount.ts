/** Currencies written with three decimals, where "12.500" is twelve and a half. */
const THREE_DECIMALS = new Set(['KWD', 'BHD', 'OMR', 'JOD', 'TND', 'IQD', 'LYD']);

/**
 * A price number as written: digit groups joined by . , ' ’ or spaces, maybe ending ",-" / ".–" / ":-";
 * or cents alone after a dot (".75").
 */
export const NUMBER_SOURCE =
  '(?<![\\d.,])\\.\\d{1,2}(?![\\d.,])|' +
  "(?<!\\d)\\d+(?:(?:[.,'’\\u00a0\\u202f\\u2009]|\\x20(?=\\d{3}(?![\\d%])))\\d+)*(?:[.,:](?:--?|–|—))?";

const SPACE = /^[\s'’\u00a0\u202f\u2009]$/u;

/**
 * Reads a written number as an amount, telling thousands from decimals the way shops do:
 * with both "." and "," the last one is the decimal mark; one separator followed by three digits
 * groups thousands ("1.299" = 1299, "$1,299" = 1299) except in three-decimal currencies; one or two
 * digits are decimals ("12,95" = 12.95). Indian grouping ("1,23,456") is accepted. Returns null
 * when the grouping is not a plausible number ("12.5.2020").
 */
export function readAmount(raw: string, currency?: string | null): number | null {
  const s = raw.replace(/[.,:](?:--?|–|—)$/, '');
  if (s.length > 24) return null;
  // "$.75", ".75 €": cents written without the leading zero
  if (/^\.\d{1,2}$/.test(s)) return Number('0' + s);
  const groups = s.split(/\D/);
  if (groups.some((g) => g === '')) return null;
  const seps = s.replace(/\d/g, '').split('');
  const last = seps[seps.length - 1];
  if (last === undefined) return Number(s);
  let decimals = '';
  if (!SPACE.test(last) && !seps.slice(0, -1).includes(last)) {
    const tail = groups[groups.length - 1]!;
    const thousands =
      seps.length === 1 &&
      tail.length === 3 &&
      groups[0] !== '0' &&
      !(last === '.' && currency && THREE_DECIMALS.has(currency));
    if (!thousands) {
      // more than three digits after a lone dot are decimals ("฿ 3.3900", "29.1583"): never a thousands group
      if (tail.length > 3 && !(last === '.' && seps.length === 1 && tail.length <= 6)) return null;
      decimals = tail;
      groups.pop();
    }
  }
  const int = groups.join('');
  if (groups.length > 1) {
    const intText = s.slice(0, decimals ? s.length - decimals.length - 1 : s.length);
    const western = groups.slice(1).every((g) => g.length === 3) && groups[0]!.length <= 3;
    const indian = /^\d{1,2}(,\d{2})+,\d{3}$/.test(intText);
    if (!western && !indian) return null;
  }
  return Number(decimals ? `${int}.${decimals}` : int);
}
