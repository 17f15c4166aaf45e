/** Text clean-up shared by the extractors. */

const ENTITIES: Record<string, string> = {
  amp: '&',
  quot: '"',
  apos: "'",
  lt: '<',
  gt: '>',
  nbsp: ' ',
  reg: '®',
  trade: '™',
  copy: '©',
  euro: '€',
  pound: '£',
  yen: '¥',
  cent: '¢',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  laquo: '«',
  raquo: '»',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  times: '×',
  szlig: 'ß',
  aelig: 'æ',
  oslash: 'ø',
  deg: '°',
  middot: '·',
  bull: '•',
};
const DIACRITICS: Record<string, string> = {
  acute: '\u0301',
  grave: '\u0300',
  circ: '\u0302',
  uml: '\u0308',
  tilde: '\u0303',
  ring: '\u030a',
  cedil: '\u0327',
};

/** Decodes the HTML entities that leak into JSON-LD and attributes (&amp;, &#39;, &#x2F;...). */
export function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,8});/gi, (m, body: string) => {
    if (body[0] === '#') {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : m;
    }
    // &eacute; &Uuml; &ccedil;: a letter and its accent
    const accent = /^([a-z])(acute|grave|circ|uml|tilde|ring|cedil)$/i.exec(body);
    if (accent) return (accent[1]! + DIACRITICS[accent[2]!.toLowerCase()]!).normalize('NFC');
    return ENTITIES[body] ?? ENTITIES[body.toLowerCase()] ?? m;
  });
}

/** Collapses whitespace and trims; null for empty. */
export function cleanText(s: string | null | undefined): string | null {
  if (!s) return null;
  const t = decodeEntities(s)
    .replace(/[\s\u00a0\u200b\u202f]+/g, ' ')
    .trim();
  return t || null;
}

/**
 * True for unrendered template text such as "$metabrand", "{{ product.brand }}", "${brand}" or
 * "[%= name %]": a page that shows these has no real value there.
 */
export function isPlaceholder(s: string): boolean {
  return /^\$[a-z_][\w.]*$/i.test(s) || /\{\{|\}\}|\$\{|\[%|%\]|<%|%>/.test(s);
}

/** Analytics and app state often carry an internal code ("on", "jj") instead of a brand's name. */
export function isBrandCode(s: string): boolean {
  return s.length <= 2 && s === s.toLowerCase();
}

/** Lower-cased word tokens (letters and digits of any script). */
export function tokens(s: string): string[] {
  return s
    .normalize('NFKC')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** Share of a's tokens found in b, in [0, 1]. */
export function containment(a: string, b: string): number {
  const A = new Set(tokens(a));
  const B = new Set(tokens(b));
  if (!A.size) return 0;
  let common = 0;
  for (const t of A) if (B.has(t)) common++;
  return common / A.size;
}
