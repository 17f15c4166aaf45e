import { lowerAlnum } from './text';

/** A bare web address as a credit writes its shop: "khaite.com", "www.example-studio.co.uk". */
const DOMAIN = /^(?:www\.)?([\p{L}\d-]+)\.[a-z]{2,}(?:\.[a-z]{2})?$/iu;
/** A run of one to three capitalised words, with a possessive ending: "Khaite's", "Ancient Greek Sandals'". */
const MAKER_RUN = /(?<![\p{L}\d])((?:\p{Lu}[\p{L}\d&.-]*\s+){0,2}\p{Lu}[\p{L}\d&.-]*)(?:['’]s?)?(?![\p{L}\d])/gu;

/**
 * The maker a piece names when its shop is the maker's own (web address): "Khaite's studded Boden sandals
 * (£1,130, khaite.com)" is Khaite's, whatever other label the name holds. `text` runs from the clause start to
 * the name's end, and the name is its last `nameLength` characters. Returns [maker, name] or null.
 */
export function ownDomainMaker(text: string, nameLength: number, shop: string | null): [string, string] | null {
  // The shop as written ("khaite.com") or as the gazetteer names it ("Khaite").
  const key = lowerAlnum(shop ? (DOMAIN.exec(shop.trim())?.[1] ?? shop) : '');
  if (key.length < 3) return null;
  const nameStart = text.length - nameLength;
  for (const m of text.matchAll(MAKER_RUN)) {
    const ws = m[1]!.split(/\s+/);
    // Any tail of the run may be the maker: "Founder Anna Smith's" → "Anna Smith".
    for (let k = 0; k < ws.length; k++) {
      const maker = ws.slice(k).join(' ');
      if (lowerAlnum(maker) !== key) continue;
      const at = m.index + m[1]!.length - maker.length;
      const end = m.index + m[0].length;
      // Inside the name the maker leaves it; before the name, the words from it to the name join the name.
      const rest = at >= nameStart ? text.slice(nameStart, at) + text.slice(end) : text.slice(Math.max(end, 0));
      const name = rest
        .replace(/\s+/g, ' ')
        .replace(/^[\s,:–—-]+|[\s,:–—-]+$/g, '')
        .replace(/\s+(?:by|from|at|von|de|di|par)$/i, '');
      return name ? [maker, name] : null;
    }
  }
  return null;
}
