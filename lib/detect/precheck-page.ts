/** The pre-check's reads of the page itself (lib/detect/precheck.ts): its readable text and its product data. */

/** Inline scripts and styles shorter than this are left in the text: cutting them costs more than reading them. */
const LONG_SCRIPT = 200;

/** Schema.org types that describe something for sale. */
const PRODUCT_TYPE = /"@type"\s*:\s*(?:\[[^\]]*)?"(?:Product|ProductGroup|IndividualProduct|Offer|AggregateOffer)"/;

/** Product marks in the head (og:type product, a product price) and in the body (schema.org microdata). */
const HEAD_MARKS = 'meta[property="og:type"][content="product" i], meta[property="product:price:amount"]';
const BODY_MARKS = '[itemtype*="schema.org/Product" i], [itemtype*="schema.org/Offer" i]';

/** Product structured data: product marks or JSON-LD of a Product or Offer. */
export function hasProductData(doc: Document | null, top: Element): boolean {
  // The head is small: its marks are looked up there, not by a second walk of the whole page.
  if (doc?.head?.querySelector(HEAD_MARKS) || top.querySelector(BODY_MARKS)) return true;
  const scripts = (doc ?? top).getElementsByTagName('script');
  for (let k = 0; k < scripts.length; k++) {
    const s = scripts[k]!;
    if ((s.getAttribute('type') ?? '').includes('ld+json') && PRODUCT_TYPE.test(s.textContent ?? '')) return true;
  }
  return false;
}

/** The page's text without its long inline scripts and styles (app state, JSON, CSS), which nobody reads. */
export function readableText(top: Element): string {
  const text = top.textContent ?? '';
  const cuts: Array<[number, number]> = [];
  for (const tag of ['script', 'style']) {
    const els = top.getElementsByTagName(tag);
    // In document order, so each search starts where the last one ended: one pass over the text per tag.
    for (let k = 0, from = 0; k < els.length; k++) {
      const own = els[k]!.textContent ?? '';
      if (own.length < LONG_SCRIPT) continue;
      const at = text.indexOf(own, from);
      if (at < 0) continue;
      cuts.push([at, at + own.length]);
      from = at + own.length;
    }
  }
  if (!cuts.length) return text;
  cuts.sort((a, b) => a[0] - b[0]);
  let out = '';
  let from = 0;
  for (const [at, end] of cuts) {
    if (at < from) continue;
    out += `${text.slice(from, at)} `;
    from = end;
  }
  return out + text.slice(from);
}
