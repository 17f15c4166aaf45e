import { normaliseCurrency } from './currency';
import { elementsByTag } from './dom-index';
import { emptyResult, type ExtractContext, type ListingExtractor, type SourceResult } from './extractor';
import { asList, isRecord, prop, type JsonRecord } from './guards';
import { parseJsonLd } from './sources/jsonld-parse';
import { readMachineAmount } from './number';
import { cleanText, isBrandCode, isPlaceholder } from './text';

const MAX_SCRIPT = 500_000;
const MAX_TOTAL = 4_000_000;

/**
 * Reads the analytics data layer many shops fill for the product page: Google Analytics enhanced
 * ecommerce `ecommerce.detail.products[0]` or a GA4 `view_item` event's first item. Shops often put
 * the brand there and nowhere else.
 */
export const datalayerExtractor: ListingExtractor = {
  name: 'datalayer',
  extract(doc: Document, ctx: ExtractContext): SourceResult {
    let budget = MAX_TOTAL;
    for (const s of elementsByTag(doc, 'SCRIPT')) {
      if (s.hasAttribute('src') || /ld\+json/i.test(s.getAttribute('type') ?? '')) continue;
      const text = s.textContent ?? '';
      if (text.length > MAX_SCRIPT || (budget -= text.length) < 0) continue;
      const product = findDetail(text) ?? findViewItem(text);
      if (product) return read(product.item, product.currency, ctx);
    }
    return emptyResult();
  },
};

function findDetail(text: string): { item: JsonRecord; currency: unknown } | null {
  let tries = 0;
  for (const m of text.matchAll(/["']?detail["']?\s*:\s*\{/g)) {
    if (++tries > 20) break;
    const at = m.index;
    const detail = objectAt(text, text.indexOf('{', at));
    const first = detail ? asList(prop(detail, 'products'))[0] : undefined;
    if (!isRecord(first)) continue;
    const eco = objectBefore(text, at, 'ecommerce');
    return { item: first, currency: eco ? prop(eco, 'currencyCode') : undefined };
  }
  return null;
}

function findViewItem(text: string): { item: JsonRecord; currency: unknown } | null {
  const at = text.search(/["']?event["']?\s*:\s*["']view_item["']/);
  if (at < 0) return null;
  const eco = text.slice(at, at + 5000).search(/["']?ecommerce["']?\s*:\s*\{/);
  if (eco < 0) return null;
  const obj = objectAt(text, text.indexOf('{', at + eco));
  const first = obj ? asList(prop(obj, 'items'))[0] : undefined;
  return isRecord(first) && obj ? { item: first, currency: prop(obj, 'currency') } : null;
}

/** The ecommerce object enclosing position `at`, when the text names one just before it. */
function objectBefore(text: string, at: number, key: string): JsonRecord | null {
  const from = Math.max(0, at - 300);
  const i = text.slice(from, at).search(new RegExp(`["']?${key}["']?\\s*:\\s*\\{`));
  return i < 0 ? null : objectAt(text, text.indexOf('{', from + i));
}

/** Parses the balanced {...} starting at `start` (JSON or a JS object literal with simple values). */
function objectAt(text: string, start: number): JsonRecord | null {
  if (start < 0) return null;
  let depth = 0;
  let quote = '';
  for (let i = start; i < text.length && i - start < 20_000; i++) {
    const c = text[i]!;
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = '';
    } else if (c === '"' || c === "'") {
      quote = c;
    } else if (c === '{') {
      depth++;
    } else if (c === '}' && --depth === 0) {
      const literal = text.slice(start, i + 1);
      const direct = parseJsonLd(literal)[0];
      if (isRecord(direct)) return direct;
      const json = literal
        .replace(/'((?:[^'\\]|\\.)*)'/g, (_, s: string) => JSON.stringify(s.replace(/\\'/g, "'")))
        .replace(/([{,]\s*)([A-Za-z_$][\w$]*)\s*:/g, '$1"$2":');
      const parsed = parseJsonLd(json)[0];
      return isRecord(parsed) ? parsed : null;
    }
  }
  return null;
}

function read(item: JsonRecord, currency: unknown, ctx: ExtractContext): SourceResult {
  const text = (...keys: string[]) => {
    for (const k of keys) {
      const v = prop(item, k);
      const t = cleanText(typeof v === 'string' ? v : null);
      if (t && !isPlaceholder(t)) return t;
    }
    return null;
  };
  const rawPrice = prop(item, 'price');
  const price = typeof rawPrice === 'number' ? rawPrice : readMachineAmount(String(rawPrice ?? ''));
  return {
    title: text('name', 'item_name'),
    brand: brandOrNull(text('brand', 'item_brand')),
    price: price !== null && price > 0 ? price : null,
    currency: normaliseCurrency(currency ?? prop(item, 'currency'), ctx.currency),
    confidence: 0.5,
  };
}

function brandOrNull(brand: string | null): string | null {
  return brand && !isBrandCode(brand) ? brand : null;
}
