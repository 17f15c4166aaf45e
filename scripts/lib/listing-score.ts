/**
 * Scoring rules of the listing corpora (../shared/corpus/listing*: score.mjs), for eval-listing:
 * per-field matching and the benchmark's price F1 (evaluate.py of the product-extraction benchmark).
 */
import type { Listing } from '../../lib/listing/types';

export type Field = keyof Listing;
export const FIELDS: Field[] = ['title', 'brand', 'price', 'currency', 'availability', 'image', 'url'];

/** One labelled page: its URL, the expected values, other right values, and the peer's raw labels. */
export interface Case {
  url: string;
  html?: string;
  source?: string;
  expected: Record<Field, unknown>;
  accept?: Partial<Record<Field, unknown[]>>;
  unscored?: Field[];
  peer?: { price?: unknown[]; availability?: unknown[] };
}

export function isCase(v: unknown): v is Case {
  if (typeof v !== 'object' || v === null) return false;
  const c = v as Record<string, unknown>;
  return typeof c.url === 'string' && typeof c.expected === 'object' && c.expected !== null;
}

const normText = (s: string) =>
  s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u00ae\u2122\u00a9]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
const words = (s: string) =>
  normText(s)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);

function jaccard(a: string[], b: string[]): number {
  const A = new Set(a);
  const B = new Set(b);
  if (!A.size && !B.size) return 1;
  let common = 0;
  for (const t of A) if (B.has(t)) common++;
  return common / (A.size + B.size - common);
}

function titleMatches(got: string, want: string, brands: string[]): boolean {
  if (normText(got) === normText(want)) return true;
  const g = words(got);
  const w = words(want);
  if (g.join(' ') === w.join(' ') || jaccard(g, w) >= 0.8) return true;
  const b = new Set(brands.flatMap(words));
  if (!b.size) return false;
  const gb = g.filter((t) => !b.has(t));
  const wb = w.filter((t) => !b.has(t));
  return gb.length > 0 && wb.length > 0 && jaccard(gb, wb) >= 0.8;
}

function urlKey(v: string, trailingSlash: boolean): string {
  let s = v.trim();
  if (s.startsWith('//')) s = 'https:' + s;
  try {
    const u = new URL(s);
    let p = u.pathname;
    try {
      p = decodeURI(p);
    } catch {
      /* keep raw */
    }
    if (trailingSlash && p.length > 1) p = p.replace(/\/+$/, '');
    return u.host.toLowerCase() + p;
  } catch {
    return s.split(/[?#]/)[0]!;
  }
}
const availKey = (s: string) =>
  s
    .trim()
    .replace(/^https?:\/\/(www\.)?schema\.org\//i, '')
    .replace(/[^a-z]/gi, '')
    .toLowerCase();
const empty = (v: unknown) => v === null || v === undefined || (typeof v === 'string' && v.trim() === '');

function fieldMatches(field: Field, got: unknown, want: unknown, brands: string[]): boolean {
  if (empty(want)) return empty(got);
  if (empty(got)) return false;
  switch (field) {
    case 'title':
      return titleMatches(String(got), String(want), brands);
    case 'brand':
      return words(String(got)).join(' ') === words(String(want)).join(' ');
    case 'price':
      return typeof got === 'number' && Math.abs(got - Number(want)) <= 0.01 + 1e-9;
    case 'currency':
      return String(got).trim().toUpperCase() === String(want).trim().toUpperCase();
    case 'availability':
      return availKey(String(got)) === availKey(String(want));
    case 'image':
      return urlKey(String(got), false) === urlKey(String(want), false);
    case 'url':
      return urlKey(String(got), true) === urlKey(String(want), true);
  }
}

/** True when `got` is the expected value of the field or one of its accepted alternatives. */
export function scoreField(c: Case, field: Field, got: unknown): boolean {
  const brands = [c.expected.brand, ...(c.accept?.brand ?? [])].filter((b): b is string => typeof b === 'string');
  const wants = [c.expected[field], ...(c.accept?.[field] ?? [])];
  return wants.some((w) => fieldMatches(field, got, w, brands));
}

/** True positives, false positives and false negatives, as the benchmark's evaluate.py counts them. */
export type Counts = [number, number, number];

/**
 * One page's price counts: a prediction in the true set is a TP; any other prediction is an FP, and
 * also an FN when the page has a true price; no prediction where one exists is an FN.
 */
export function priceCounts(truth: number[], got: number | null): Counts {
  if (got === null) return [0, 0, truth.length ? 1 : 0];
  if (truth.some((t) => Math.abs(got - t) < 1e-9)) return [1, 0, 0];
  return [0, 1, truth.length ? 1 : 0];
}

/** The true prices of a case: expected + accepted, or the peer's raw labels. */
export function truePrices(c: Case, raw: boolean): number[] | null {
  if (raw) return c.peer ? (c.peer.price ?? []).map((x) => Number(String(x).trim())) : null;
  const e = c.expected.price;
  return e === null || e === undefined ? [] : [Number(e), ...(c.accept?.price ?? []).map(Number)];
}

/** Precision, recall and F1 with evaluate.py's edge cases. */
export function f1(counts: Counts): { precision: number; recall: number; f1: number } {
  const [tp, fp, fn] = counts;
  const precision = fp === 0 && fn === 0 ? 1 : tp === 0 && fp === 0 ? 0 : tp / (tp + fp);
  const recall = fp === 0 && fn === 0 ? 1 : tp === 0 && fn === 0 ? 0 : tp / (tp + fn);
  return { precision, recall, f1: precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0 };
}

export const addCounts = (a: Counts, b: Counts): Counts => [a[0] + b[0], a[1] + b[1], a[2] + b[2]];
