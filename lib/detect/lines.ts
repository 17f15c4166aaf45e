import type { Ctx, Line, Link } from './context';

const set = (s: string) => new Set(s.split(' '));
const BLOCK = set(
  'P DIV LI UL OL H1 H2 H3 H4 H5 H6 TD TH TR TABLE THEAD TBODY TFOOT DT DD DL FIGCAPTION FIGURE SECTION ' +
    'ARTICLE BLOCKQUOTE HEADER FOOTER MAIN ASIDE NAV FORM PRE ADDRESS CAPTION HR BODY DETAILS SUMMARY ' +
    'BUTTON',
);
const SKIP = set(
  'SCRIPT STYLE NOSCRIPT TEMPLATE SVG IFRAME SELECT TEXTAREA INPUT OPTION HEAD CANVAS VIDEO AUDIO ' +
    'OBJECT IMG PICTURE MATH',
);
const CHROME_ROLE = /^(?:navigation|banner|contentinfo|complementary|search|dialog|alertdialog)$/;
// Site furniture by class or id: navigation, cookie and newsletter banners, comments, related-story lists.
const CHROME = new RegExp(
  String.raw`(?:^|\s)(?:footer|header|nav|navbar|menu|sidebar|masthead)(?:\s|$)|(?:site|global|page|main|top|` +
    String.raw`primary)[-_]?(?:header|footer|nav|navigation|menu)|breadcrumb|cookie|consent|gdpr|newsletter|` +
    String.raw`comment|disqus|related|recirc|trending|popular|outbrain|taboola|share-?bar|social|also-read|` +
    String.raw`lire-aussi|read-more|more-stories|widget-area|meistgelesen|(?:^|[\s_-])rail(?:$|[\s_-])`,
  'i',
);
const CAPTION = /caption|credit/i;
// Card fields are often spans styled as blocks; read them as lines when they sit among elements only.
const FIELD =
  /(?:^|[\s_-])(?:brand|name|title|vendor|retailer|merchant|designer|store|cta|caption|credit)(?:$|[\s_-])/i;

function fieldBlock(e: Element, cls: string): boolean {
  if (!(cls && FIELD.test(cls)) && !INLINE.has(e.tagName.toUpperCase())) return false;
  for (const n of e.parentElement?.childNodes ?? []) if (n.nodeType === 3 && n.nodeValue?.trim()) return false;
  if (cls && FIELD.test(cls)) return true;
  // Fields that abut with no space between them ("J.Crew" then "Daphne Topcoat" then "$278"): a card whose
  // stylesheet sets them apart, as a reader sees them, not one glued word.
  // Screen-reader labels ("Sale price" before "$21.00") are read with what they label.
  const a = e.previousSibling;
  const b = e.nextSibling;
  if (SR_ONLY.test(cls)) return false;
  // Only between inline fields: a block beside it breaks the line already.
  const field = (n: Node | null): n is Element =>
    n?.nodeType === 1 &&
    INLINE.has((n as Element).tagName.toUpperCase()) &&
    !SR_ONLY.test((n as Element).className ?? '');
  return (field(a) && glued(edge(a, true), edge(e, false))) || (field(b) && glued(edge(e, true), edge(b, false)));
}

const SR_ONLY = /visually-hidden|sr-only|screen-reader|a11y|assistive/i;

const INLINE = set('SPAN A EM I B STRONG SMALL');
/** The character at a node's start or end ('' for none, ' ' for a space). */
function edge(n: Node, end: boolean): string {
  let x: Node | null = n;
  for (let depth = 0; x && x.nodeType === 1 && depth < 8; depth++) x = end ? x.lastChild : x.firstChild;
  const t = x?.nodeType === 3 ? (x.nodeValue ?? '') : '';
  return end ? t.slice(-1) : t.slice(0, 1);
}
// Kana, ideographs and Hangul run on without spaces in any case: only alphabetic text shows the seam.
const glued = (a: string, b: string) =>
  /[\p{L}\p{N}.)]/u.test(a) && /[\p{L}\p{N}$£€¥]/u.test(b) && !CJK.test(a) && !CJK.test(b);
const CJK = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uff00-\uffef]/u;
const MAX_LINES = 50_000;

interface Frame {
  a: Element | null;
  b: boolean;
  cap: boolean;
  art: boolean;
  h: number;
  blk: Element;
  exit?: boolean;
}

function hidden(e: Element): boolean {
  return (
    e.hasAttribute('hidden') ||
    e.getAttribute('aria-hidden') === 'true' ||
    /(?:display\s*:\s*none|visibility\s*:\s*hidden)/i.test(e.getAttribute('style') ?? '')
  );
}

function chrome(e: Element, tag: string, inArticle: boolean): boolean {
  if (tag === 'NAV') return true;
  if (!inArticle && (tag === 'HEADER' || tag === 'FOOTER' || tag === 'ASIDE')) return true;
  const role = e.getAttribute('role');
  if (role && CHROME_ROLE.test(role)) return true;
  const c = `${e.getAttribute('class') ?? ''} ${e.id}`;
  // A class word names the site's kind too ("newsletter-post" on a newsletter's own article): the box that holds
  // the page's headline is the story, not its furniture.
  return c.length > 1 && CHROME.test(c) && !(e.getElementsByTagName('h1').length && !chromeTag(tag));
}

/** Tags that are chrome by themselves wherever the headline sits. */
const chromeTag = (tag: string) => tag === 'HEADER' || tag === 'FOOTER' || tag === 'ASIDE';

function addSpan<T extends { s: number; e: number }>(list: T[], span: T, same: (x: T) => boolean): void {
  const last = list[list.length - 1];
  if (last && last.e === span.s && same(last)) last.e = span.e;
  else list.push(span);
}

/**
 * Reads the page's visible article text into lines, in page order, skipping hidden elements and
 * site chrome. Yields every few hundred elements so a caller can spread the work over time.
 */
export function* collectLines(root: Document | Element, lines: Line[]): Generator<void, void> {
  const doc = root.nodeType === 9 ? (root as Document) : null;
  const start = doc ? (doc.body ?? doc.documentElement) : (root as Element);
  if (!start) return;
  let text = '';
  let links: Link[] = [];
  let bold: [number, number][] = [];
  let el: Element | null = null;
  let h = 0;
  let cap = false;
  const flush = () => {
    const t = text.trimEnd();
    if (t && el && lines.length < MAX_LINES) {
      const n = t.length;
      lines.push({
        i: lines.length,
        text: t,
        el,
        links: links.filter((l) => l.s < n).map((l) => ({ ...l, e: Math.min(l.e, n) })),
        bold: bold.filter((b) => b[0] < n).map((b) => [b[0], Math.min(b[1], n)] as [number, number]),
        h,
        cap,
      });
    }
    text = '';
    links = [];
    bold = [];
    el = null;
  };
  const art = !!start.closest?.('article, main');
  const stack: [Node, Frame][] = [[start, { a: null, b: false, cap: false, art, h: 0, blk: start }]];
  let count = 0;
  while (stack.length) {
    const [n, f] = stack.pop()!;
    if (f.exit) {
      flush();
      continue;
    }
    if (n.nodeType === 3) {
      let s = (n.nodeValue ?? '').replace(/\s+/g, ' ');
      if (!text || text.endsWith(' ')) s = s.trimStart();
      if (!s) continue;
      if (!el) {
        el = f.blk;
        h = f.h;
        cap = f.cap;
      }
      const st = text.length;
      text += s;
      if (f.a) addSpan(links, { s: st, e: text.length, a: f.a }, (l) => l.a === f.a);
      if (f.b) {
        const last = bold[bold.length - 1];
        if (last && last[1] === st) last[1] = text.length;
        else bold.push([st, text.length]);
      }
      continue;
    }
    if (n.nodeType !== 1) continue;
    const e = n as Element;
    const tag = e.tagName.toUpperCase();
    if (++count % 400 === 0) yield;
    if (SKIP.has(tag) || hidden(e) || (e !== start && chrome(e, tag, f.art))) continue;
    if (tag === 'BR') {
      flush();
      continue;
    }
    const cls = e.getAttribute('class') ?? '';
    const block = BLOCK.has(tag) || fieldBlock(e, cls);
    const nf: Frame = {
      a: tag === 'A' && e.hasAttribute('href') ? e : f.a,
      b: f.b || tag === 'STRONG' || tag === 'B',
      cap: f.cap || tag === 'FIGCAPTION' || (block && CAPTION.test(cls)),
      art: f.art || tag === 'ARTICLE' || tag === 'MAIN',
      h: /^H[1-6]$/.test(tag) ? Number(tag[1]) : f.h,
      blk: block ? e : f.blk,
    };
    if (block) {
      flush();
      stack.push([e, { ...nf, exit: true }]);
    }
    const kids = e.childNodes;
    for (let k = kids.length - 1; k >= 0; k--) stack.push([kids[k]!, nf]);
  }
  flush();
}

/** The lines lying inside an element, found by widening from one line it holds. */
export function linesWithin(ctx: Ctx, box: Element, at: number, max = 40): Line[] {
  const L = ctx.lines;
  let a = at;
  let b = at;
  // Capped: a box this big is a page section, not one product, and callers stop there.
  while (a > 0 && at - a <= max && box.contains(L[a - 1]!.el)) a--;
  while (b + 1 < L.length && b - at <= max && box.contains(L[b + 1]!.el)) b++;
  return L.slice(a, b + 1);
}
