import type { Mention } from '../../lib/detect/types';
import type { Price } from '../../lib/price/types';

function formatPrice(price: Price | null): string {
  if (!price) return '–';
  try {
    return new Intl.NumberFormat('en', { style: 'currency', currency: price.currency }).format(price.amount);
  } catch {
    return `${price.amount} ${price.currency}`;
  }
}

function cell(text: string, width: number): string {
  const flat = text.replace(/\s+/g, ' ');
  return flat.length > width ? flat.slice(0, width - 1) + '…' : flat.padEnd(width);
}

/** Mentions as a fixed-width text table for a terminal: #, brand, name, price, retailer. */
export function formatMentionTable(mentions: readonly Mention[]): string {
  const rows = mentions.map((m, i) => [String(i + 1), m.brand ?? '–', m.name, formatPrice(m.price), m.retailer ?? '–']);
  const header = ['#', 'Brand', 'Name', 'Price', 'Retailer'];
  const caps = [3, 24, 48, 12, 22];
  const widths = header.map((h, c) => Math.min(caps[c] ?? 20, Math.max(h.length, ...rows.map((r) => (r[c] ?? '').length))));
  const line = (r: string[]) => r.map((v, c) => cell(v, widths[c] ?? 10)).join('  ').trimEnd();
  return [line(header), widths.map((w) => '─'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}
