/**
 * Reads a machine-readable amount as structured data writes it (JSON-LD `price`, meta `content`):
 * "49.90", "2449.00", "48,00", "1.299,00", "$49.00". Following schema.org, a lone "." is a decimal
 * point even before three digits ("2.449" is 2.449); shown prices ("$2.449" in Argentina) are read
 * by lib/price instead, which knows display conventions.
 */

const MAX_AMOUNT = 1e9;

/** The first amount in `text`, or null when there is none or it is not a plausible price. */
export function readMachineAmount(text: string): number | null {
  const m = /\d+(?:(?:[.,'’]|[ \u00a0\u202f](?=\d{3}(?!\d)))\d+)*/.exec(text.slice(0, 200));
  if (!m) return null;
  const raw = m[0];
  const seps = raw.match(/[^\d]/g) ?? [];
  const groups = raw.split(/[^\d]/);
  let value: number;
  if (!seps.length) {
    value = Number(raw);
  } else {
    const last = seps[seps.length - 1]!;
    const lastGroup = groups[groups.length - 1]!;
    const decimalLast =
      new Set(seps).size > 1 ? last === '.' || last === ',' : seps.length === 1 && isDecimalMark(last, lastGroup);
    const intGroups = decimalLast ? groups.slice(0, -1) : groups;
    // thousands groups after the first must be three digits ("1.2.3" is not a price)
    if (intGroups.slice(1).some((g) => g.length !== 3)) return null;
    value = Number(intGroups.join('') + (decimalLast ? '.' + lastGroup : ''));
  }
  return Number.isFinite(value) && value <= MAX_AMOUNT ? value : null;
}

function isDecimalMark(sep: string, lastGroup: string): boolean {
  if (sep === '.') return true;
  // "48,00" is decimal; "1,299" groups thousands; apostrophes and spaces always group
  return sep === ',' && lastGroup.length !== 3;
}
