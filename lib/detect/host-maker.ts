import { findBrands, lookupBrand, registrableDomain, retailerForHost } from '../gazetteer';
import type { Candidate, Ctx } from './context';
import { hostOf } from './retailer';
import { lowerAlnum, words } from './text';

/** A run of capitalised words (or words in capitals), with "&" between them: "Yukon Soaps Company", "ANIÁN". */
const RUN = /(?<![\p{L}\d])[\p{Lu}\d][\p{L}\d'’.-]*(?:\s+(?:&\s+)?[\p{Lu}\d][\p{L}\d'’.-]*){0,5}/gu;
/** How far above its own line a maker may stand: its section's heading, a blurb or two between. */
const LOOK_BACK = 4;
/** Most words a maker's name takes. */
const MAX_WORDS = 4;
/** Small words that may follow a maker's capitalised words inside a title ("Maple Leafs and …"). */
const SMALL = String.raw`(?:and|or|of|for|with|in|on|to|de|du|des|la|le|et|und|y|e|i|och|og)\s`;
/**
 * A name that carries a maker of its own: two or three capitalised words before the piece in lower case ("Molly
 * Younger “Bubble Tote” bag"), a word in capitals leading it ("LAMY ABC Fountain Pen"), or a collaboration
 * ("Campbell Luke x Aotea pack"). Its link's shop sells it.
 */
const OWN_MAKER = new RegExp(
  String.raw`^(?:\p{Lu}[\p{L}'’.&-]*\s+){2,3}(?:[“"‘'«]|(?!${SMALL})\p{Ll})|^\p{Lu}{3,}\s|\s[x×]\s`,
  'u',
);

/**
 * The main label of a link's registrable domain ("leeloodles" for https://www.leeloodles.com/…, "boden" for
 * boden.co.uk), null for odd links. Unlike ./retailer's hostLabel it reads the registrable domain, so a country's
 * second level ("co.uk") is never taken for the shop's name.
 */
function hostKey(url: string): string | null {
  const host = hostOf(url);
  const label = lowerAlnum(host ? (registrableDomain(host)?.split('.')[0] ?? '') : '');
  return label.length >= 4 ? label : null;
}

/** A part of a run of capitalised words spelling `key` ("Magpie Jewellery" for magpiejewellery), or null. */
function spelt(text: string, key: string): string | null {
  for (const m of text.matchAll(RUN)) {
    const ws = m[0].replace(/['’]s$/u, '').split(/\s+/);
    for (let a = 0; a < ws.length; a++)
      for (let b = a + 1; b <= Math.min(ws.length, a + MAX_WORDS); b++) {
        const t = ws
          .slice(a, b)
          .join(' ')
          .replace(/[.'’]+$/u, '');
        if (lowerAlnum(t) === key) return t;
      }
  }
  return null;
}

/**
 * The maker of a brandless pick whose link goes to the maker's own web shop, named near it: in its own line
 * ("this <a href=monokiini.com/…>personalized mug</a> ($49) from Monokiini") or above it, up to the heading of
 * its section ("<h2>Leeloodles</h2> … <a href=leeloodles.com/…>Winnipeg Jets Tees</a>, $35"). The host spelt by
 * a capitalised name near the link is the maker's own shop; a shop that sells other labels (a department store, a
 * marketplace, an affiliate link) or the page's own site says nothing of the maker. One variant candidate over the
 * same text, for the scorer to weigh against the brandless reading (the feature "maker-host").
 */
export function hostMaker(ctx: Ctx, c: Candidate): Candidate[] {
  if (c.brand || !c.url || !c.claims.length) return [];
  const key = hostKey(c.url);
  // A pick whose name holds a maker (a known one, or one written as makers are) or spells the host names its own.
  if (!key || lowerAlnum(c.name).includes(key) || OWN_MAKER.test(c.name)) return [];
  if (findBrands(c.name).some((b) => !b.ambiguous)) return [];
  const here = registrableDomain(ctx.host);
  if (here && lowerAlnum(here.split('.')[0]!) === key) return [];
  // A shop that is no label of its own sells other makers' pieces (the host parsed: hostKey gave a key).
  const shop = retailerForHost(hostOf(c.url)!);
  if (shop && !lookupBrand(shop.name)) return [];
  const first = Math.min(...c.claims.map((x) => x.i));
  const last = Math.max(...c.claims.map((x) => x.i));
  for (let i = last; i >= Math.max(0, first - LOOK_BACK); i--) {
    const line = ctx.lines[i];
    if (!line) continue;
    const maker = spelt(line.text, key);
    if (maker && words(maker).length <= MAX_WORDS) return [{ ...c, brand: maker, alt: 'host' }];
    // A heading closes the section the pick belongs to.
    if (line.h && i < first) break;
  }
  return [];
}
