import type { Price } from './types';

/** Type guard: a finite non-negative amount and a three-letter upper-case currency code. */
export function isPrice(v: unknown): v is Price {
  if (typeof v !== 'object' || v === null) return false;
  const p = v as Record<string, unknown>;
  return (
    typeof p.amount === 'number' &&
    Number.isFinite(p.amount) &&
    p.amount >= 0 &&
    typeof p.currency === 'string' &&
    /^[A-Z]{3}$/.test(p.currency)
  );
}
