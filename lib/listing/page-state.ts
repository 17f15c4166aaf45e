import { visibleText } from './dom';
import { elementsByTag } from './dom-index';
import { emptyResult, type ExtractContext, type ListingExtractor, type SourceResult } from './extractor';
import { containment, isBrandCode, isPlaceholder, tokens } from './text';

const MAX_SCRIPT = 1_000_000;
const MAX_TOTAL = 6_000_000;
/** How far from the product's name a "brand" key may sit and still belong to the same object. */
const WINDOW = 1500;
const BRAND = /"brand"\s*:\s*(?:"((?:[^"\\]|\\.){1,80})"|\{[^{}]{0,300}?"name"\s*:\s*"((?:[^"\\]|\\.){1,80})")/g;
const NAME = /"(?:name|productName|title|displayName)"\s*:\s*"((?:[^"\\]|\\.){2,300})"/g;

/**
 * Reads the brand from the application state single-page shops embed in scripts (window.__data,
 * __NEXT_DATA__...): a "brand" next to a "name" equal to the page's product title. Written the way
 * the title spells it ("TP Link" in the state, "TP-Link ..." in the title → "TP-Link").
 */
export const pageStateExtractor: ListingExtractor = {
  name: 'page-state',
  extract(doc: Document, ctx: ExtractContext): SourceResult {
    const title = ctx.hints.heading ? visibleText(ctx.hints.heading, 300) : (ctx.hints.titles[0] ?? '');
    if (tokens(title).length < 2) return emptyResult();
    let budget = MAX_TOTAL;
    for (const s of elementsByTag(doc, 'SCRIPT')) {
      if (s.hasAttribute('src') || /ld\+json/i.test(s.getAttribute('type') ?? '')) continue;
      const text = s.textContent ?? '';
      if (text.length > MAX_SCRIPT || (budget -= text.length) < 0 || !text.includes('"brand"')) continue;
      const brand = brandNearName(text, title);
      if (brand) return { brand: alignToTitle(brand, title), confidence: 0.5 };
    }
    return emptyResult();
  },
};

function brandNearName(text: string, title: string): string | null {
  const names: number[] = [];
  for (const m of text.matchAll(NAME)) {
    if (names.length > 50) break;
    const name = decode(m[1]!);
    if (name && containment(title, name) >= 0.8 && containment(name, title) >= 0.8) names.push(m.index);
  }
  if (!names.length) return null;
  let best: { brand: string; gap: number } | null = null;
  for (const m of text.matchAll(BRAND)) {
    const gap = Math.min(...names.map((n) => Math.abs(n - m.index)));
    if (gap > WINDOW || (best && gap >= best.gap)) continue;
    const brand = decode(m[1] ?? m[2]!)?.trim();
    if (brand && !isPlaceholder(brand) && !isBrandCode(brand) && tokens(brand).length) best = { brand, gap };
  }
  return best?.brand ?? null;
}

function decode(jsonString: string): string | null {
  try {
    const v: unknown = JSON.parse(`"${jsonString}"`);
    return typeof v === 'string' ? v : null;
  } catch {
    return null;
  }
}

/** The title's own spelling of the brand when its words are the brand's ("TP Link" → "TP-Link"). */
export function alignToTitle(brand: string, title: string): string {
  const want = tokens(brand).join(' ');
  const words = title.split(/\s+/).filter(Boolean);
  for (let i = 0; i < words.length; i++) {
    for (let j = i; j < Math.min(words.length, i + 6); j++) {
      const run = words.slice(i, j + 1).join(' ');
      const got = tokens(run).join(' ');
      if (got === want) return run.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
      if (got.length >= want.length) break;
    }
  }
  return brand;
}
