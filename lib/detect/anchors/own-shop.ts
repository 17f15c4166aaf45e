import { findBrands, retailerForHost } from '../../gazetteer';
import type { Candidate, Ctx, Format } from '../context';
import { hrefOf } from '../href';
import { nounHits } from '../lexicon';
import { clean, CTA, lowerAlnum, nameOk, words } from '../text';

/** A product slot in a shop's path with a slug after it: "/products/linen-shirt", "/shop/blue-stripe/". */
const SLOT = /\/(?:products?|p|dp|prd|item|items|shop|store|s)\/[^/?#]*[a-z][^/?#]*/i;
/** Paths of a site's stories, lists and service pages, never one product. */
const NOT_PRODUCT = new RegExp(
  String.raw`\/(?:blogs?|journal|news|stories|story|features?|articles?|magazine|editorial|learn|advice|guides?|` +
    String.raw`category|categories|collections?|tags?|authors?|search|help|pages|about|contact|account|cart|` +
    String.raw`basket|bag|checkout|wishlist|login|stores?|locations?)(?:\.html?)?(?:[/?#]|$)|` +
    // A blog's dated permalink ("/2014/09/worn-coats.html", WordPress's "/2019/03/12/slug/") is a post.
    String.raw`\/(?:19|20)\d{2}\/(?:0?[1-9]|1[0-2])(?:[/?#]|$)`,
  'i',
);
/** How a story's headline ends and a product's name never does: a question or an exclamation. */
const HEADLINE_END = /[?？!！]\s*["”»]?$/u;
/** Locale folders before a path's first real segment ("/uk/", "/en-gb/", "/de_de/"). */
const LOCALE = /^(?:[a-z]{2}(?:[-_][a-z]{2})?\/)+/i;

/** The path of a link on the page's own site (the same host or a subdomain of it); null elsewhere. */
function ownPath(ctx: Ctx, href: string): string | null {
  try {
    const u = new URL(href);
    const h = u.hostname.toLowerCase().replace(/^www\./, '');
    const here = ctx.host.replace(/^www\./, '');
    return here && (h === here || h.endsWith(`.${here}`) || here.endsWith(`.${h}`)) ? u.pathname : null;
  } catch {
    return null;
  }
}

/** The first folder of a path after its locale ("journal" for "/uk/journal/organic-cotton"). */
const section = (path: string) => path.replace(/^\//, '').replace(LOCALE, '').split('/')[0] ?? '';

/** Whether a link on the page's own site goes to a product slot ("/products/…", "/shop/…"). */
export function ownSlot(ctx: Ctx, href: string): boolean {
  const path = ownPath(ctx, href);
  return !!path && SLOT.test(path);
}

/** Most of a name's words spelt in the link's path: "Leveret Pinafore Dress" and "/uk/leveret-pinafore-dress". */
function slugNames(name: string, path: string): boolean {
  const w = words(name)
    .map(lowerAlnum)
    .filter((x) => x.length >= 3);
  const p = ` ${path.toLowerCase().replace(/[^a-z0-9]+/g, ' ')} `;
  return w.length >= 2 && w.filter((x) => p.includes(` ${x} `)).length / w.length >= 0.6;
}

/** The shop's own name: the gazetteer's for its host, else how the site names itself (og:site_name). */
export function shopName(ctx: Ctx): string | null {
  const known = retailerForHost(ctx.host)?.name;
  if (known) return known;
  const n = clean(ctx.doc.querySelector('meta[property="og:site_name"]')?.getAttribute('content') ?? '');
  return n && n.length <= 40 ? n : null;
}

/** "MOONCASTLE(ムーンキャッスル) WOOL CARDIGAN": a maker with its reading in katakana, as Japanese shops write it. */
const READING = /^(\p{Lu}[\p{L}\d&.'’ -]{0,30}?)\s*[（(][\p{Script=Katakana}ー・･\s]+[)）]\s*(\S.*)$/u;
/** "Chester Barrie jacket": two or three capitalised words, then the piece in lower case. */
const CAPS_LEAD = /^((?:\p{Lu}[\p{L}'’.&-]*\s+){2,3})(\p{Ll}.*)$/u;

/** The maker and the piece a link text names; the maker is null when the text names only the piece. */
function makerAndName(text: string, shop: string): { brand: string | null; name: string } {
  const lead = findBrands(text).find((b) => b.start === 0 && !b.ambiguous);
  const split: [string, string] | null = lead
    ? [lead.name, text.slice(lead.end)]
    : ((m) => (m ? [m[1]!, m[2]!] : null))(READING.exec(text) ?? CAPS_LEAD.exec(text));
  const name = split?.[1]?.replace(/^['’]s\b/, '').trim();
  if (!split || !name || lowerAlnum(split[0]) === lowerAlnum(shop)) return { brand: null, name: text };
  // Capitalised words lead a maker only before a piece: "Linen Shirt" is a name, "Chester Barrie jacket" a maker's.
  if (!lead && CAPS_LEAD.test(text) && !nounHits(name)) return { brand: null, name: text };
  return { brand: split[0].trim(), name };
}

/**
 * Colour variants of one piece linked side by side ("Khaki Choker Jumper", "Navy Blue Choker Jumper"): the
 * same last words (two or more, a product noun among them) after at most two others. They count once.
 */
function variantOf(a: string, b: string): string | null {
  const x = words(a);
  const y = words(b);
  let k = 0;
  while (k < x.length && k < y.length && lowerAlnum(x[x.length - 1 - k]!) === lowerAlnum(y[y.length - 1 - k]!)) k++;
  const tail = x.slice(x.length - k).join(' ');
  const ok = k >= 2 && x.length - k <= 2 && y.length - k <= 2 && nounHits(tail) > 0;
  return ok ? tail : null;
}

/**
 * A shop's own journal or guide linking to its own product pages ("The <a href=/shop/blue-stripe-shirt>Blue
 * Stripe</a> shirt", tiles under a post): every link on the page's own site whose path is a product page (a
 * product slot, or a slug spelling the link's words with a product noun among them), outside the page's own
 * section (a story linking its sister stories). The maker is a brand leading the link text, else the shop's
 * own label; the shop sells it.
 */
export const ownShop: Format = {
  id: 'anchor-own-shop',
  detect(ctx) {
    const shop = shopName(ctx);
    if (!shop) return [];
    let here = '';
    try {
      here = section(new URL(ctx.pageUrl).pathname);
    } catch {
      return [];
    }
    const out: Candidate[] = [];
    const seen = new Set<string>();
    let prev: Candidate | null = null;
    for (const line of ctx.lines) {
      // Variants sit side by side: in one line, or in the next line of the same box.
      if (prev && prev.element.parentElement !== line.el.parentElement && prev.element !== line.el) prev = null;
      for (const l of line.links) {
        const url = hrefOf(ctx, l.a);
        const path = url ? ownPath(ctx, url) : null;
        if (!url || !path || NOT_PRODUCT.test(path) || seen.has(url)) continue;
        if (section(path) === here && !SLOT.test(`/${here}/x`)) continue;
        const text = clean(line.text.slice(l.s, l.e));
        if (!text || CTA.test(text) || !nameOk(text, 10) || !/\p{L}{2}/u.test(text)) continue;
        // "Krem za 3,2 mld zł – czy warto?": a teaser that asks or exclaims is a story's headline, not a piece.
        if (HEADLINE_END.test(text)) continue;
        if (!SLOT.test(path) && !(slugNames(text, path) && nounHits(text) > 0)) continue;
        seen.add(url);
        const v = prev?.brand === shop ? variantOf(prev.name, text) : null;
        if (prev && v) {
          prev.name = v;
          prev.claims.push({ i: line.i, s: l.s, e: l.e });
          continue;
        }
        const { brand, name } = makerAndName(text, shop);
        prev = {
          brand: brand ?? shop,
          name,
          price: line.pc?.find((c) => c.s >= l.e && c.s <= l.e + 12)?.price ?? null,
          retailer: shop,
          url,
          element: line.el,
          claims: [{ i: line.i, s: l.s, e: l.e }],
          score: 2,
          format: 'anchor-own-shop',
        };
        out.push(prev);
      }
    }
    return out;
  },
};
