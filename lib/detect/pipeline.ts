import { lookupBrand } from '../gazetteer';
import { currencyForHost, currencyForLocale, dollarCurrencyForLocale } from '../price';
import type { Candidate, Claim, Ctx, Line } from './context';
import { MIN_SCORE } from './context';
import { FORMATS, PRODUCT_PAGE } from './formats';
import { isShopPage } from './formats/product-page';
import { collectLines } from './lines';
import { worthReading } from './precheck';
import { clusters } from './clusters';
import { fold } from './text';
import { buyLinkAfter } from './section';
import { retailerFromText, retailerFromUrl } from './retailer';

function makeCtx(root: Document | Element, pageUrl: string): Ctx {
  const doc = root.nodeType === 9 ? (root as Document) : root.ownerDocument!;
  let host = '';
  try {
    host = new URL(pageUrl).hostname.toLowerCase();
  } catch {
    // An odd page URL only loses the host's currency hint.
  }
  const lang = doc.documentElement?.getAttribute('lang') ?? '';
  const local = currencyForLocale(lang) ?? currencyForHost(host);
  const currency = local && !/^(?:USD|CAD|AUD|NZD|SGD|HKD|MXN)$/.test(local) ? local : dollarCurrencyForLocale(lang, host);
  return { root, doc, pageUrl, host, currency, lines: [] };
}


const pos = (c: Candidate) => Math.min(...c.claims.map((x) => x.i * 1e6 + Math.min(x.s, 999_999)));

/** Keeps the best-evidenced candidate for each piece of text, drops repeats, and restores page order. */
export function select(cands: Candidate[]): Candidate[] {
  const kept: Candidate[] = [];
  const taken = new Map<number, Claim[]>();
  const free = (x: Claim) => !taken.get(x.i)?.some((y) => x.s < y.e && y.s < x.e);
  for (const c of cands.filter((c) => c.score >= MIN_SCORE).sort((a, b) => b.score - a.score || pos(a) - pos(b))) {
    if (!c.claims.every(free)) continue;
    kept.push(c);
    for (const x of c.claims) taken.set(x.i, [...(taken.get(x.i) ?? []), x]);
  }
  // The same product again (a hero card and a list line): same price, and the same link or the same
  // brand with one name inside the other. The first on the page stays, unless it is a bare guess.
  const weak = (c: Candidate) => (c.score > MIN_SCORE ? 0 : 1);
  kept.sort((a, b) => weak(a) - weak(b) || pos(a) - pos(b));
  const seen = new Map<string, Candidate[]>();
  return kept.filter((c) => {
    const key = `${c.price?.amount}${c.price?.currency}`;
    const same = seen.get(key) ?? [];
    const n = fold(c.name);
    const dup = same.some((k) => {
      const m = fold(k.name);
      return (!!c.url && c.url === k.url) || (fold(k.brand ?? '') === fold(c.brand ?? '') && (m.includes(n) || n.includes(m)));
    });
    if (!dup) seen.set(key, same).get(key)!.push(c);
    return !dup;
  }).sort((a, b) => pos(a) - pos(b));
}

/** The whole detection as small steps: the generator yields between them so a caller can pause. */
export function* run(root: Document | Element, pageUrl: string): Generator<void, Candidate[]> {
  if (!worthReading(root)) return [];
  const ctx = makeCtx(root, pageUrl);
  const page = PRODUCT_PAGE.detect(ctx);
  if (page.length) return page;
  if (isShopPage(ctx)) return [];
  const lines: Line[] = ctx.lines;
  yield* collectLines(root, lines);
  for (let k = 0; k < lines.length; k++) {
    clusters(ctx, lines[k]!);
    if (k % 300 === 299) yield;
  }
  const all: Candidate[] = [];
  for (const f of FORMATS) {
    all.push(...f.detect(ctx));
    yield;
  }
  const kept = select(all);
  const claimed = new Set(kept.flatMap((c) => c.claims.map((x) => x.i)));
  for (const c of kept) {
    const b = c.url || !c.claims.length ? null : buyLinkAfter(ctx, Math.max(...c.claims.map((x) => x.i)), claimed);
    if (b?.url) {
      c.url = b.url;
      c.retailer ??= (b.retailer && retailerFromText(b.retailer, c.brand)) ?? retailerFromUrl(b.url, c.brand);
    }
    // A shop that is its own brand ("Wool coat" linked to arket.com) made the piece.
    const own = !c.brand && c.retailer ? lookupBrand(c.retailer) : null;
    if (own && fold(own.name) === fold(c.retailer!)) c.brand = own.name;
  }
  return kept;
}
