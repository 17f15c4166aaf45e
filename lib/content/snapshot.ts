/**
 * Reads the live page once into a compact HTML string for the background's detector: only the
 * elements and attributes the detector reads, every element tagged with its place in `elements`
 * so the background's answer maps back to live elements. Scripts, styles, SVG, frames and the
 * like are left out; the page's own attributes never pass except those listed here.
 */
import {
  PAGE_SNAPSHOT_MAX_CHARS,
  PAGE_SNAPSHOT_MAX_ELEMENTS,
  PAGE_SNAPSHOT_MAX_MS,
  SNAPSHOT_INDEX_ATTR,
} from '../protocol';
import { escAttr, escText } from './snapshot-escape';
import { mainContent } from './snapshot-article';
import { DROP, HEAD_KEEP, KEEP, VOID } from './snapshot-tags';

/** A page read for detection: the markup, the live element behind each index, and whether a cap cut it. */
export interface PageSnapshot {
  html: string;
  elements: Element[];
  truncated: boolean;
}

/** Limits on one snapshot: characters of markup, elements, and milliseconds of reading. */
export interface SnapshotCaps {
  maxChars: number;
  maxElements: number;
  maxMs: number;
}

const DEFAULT_CAPS: SnapshotCaps = {
  maxChars: PAGE_SNAPSHOT_MAX_CHARS,
  maxElements: PAGE_SNAPSHOT_MAX_ELEMENTS,
  maxMs: PAGE_SNAPSHOT_MAX_MS,
};

const HIDDEN_STYLE = /(?:display\s*:\s*none|visibility\s*:\s*hidden)/i;
const TAG = /^[a-z][a-z0-9-]{0,40}$/;
/** White space that reads as one space but is not one: a run of two or more, or a tab, a newline, an odd space. */
const ODD_SPACE = /\s\s|[^\S ]/;
const BUTTON_TYPE = /^(?:submit|button|reset)$/i;
const MAX_JSON_LD = 200_000;

/**
 * Serialises `doc` for detection within the caps: characters, elements and time. A page over a cap
 * is read up to it (the article first when the page is too big to read whole), never an error.
 */
export function snapshotPage(doc: Document, caps: SnapshotCaps = DEFAULT_CAPS): PageSnapshot {
  // One string grown by appending: the engine keeps it as a rope of the pieces until the message copies it, which
  // costs less than an array of pieces and its join.
  let out = '';
  const elements: Element[] = [];
  const deadline = performance.now() + caps.maxMs;
  let chars = 0;
  let truncated = false;
  let jsonLd = 0;
  /** Whether each tag name met is one the snapshot writes: a page has a few dozen names for thousands of elements. */
  const tagOk = new Map<string, boolean>();

  const push = (s: string) => {
    out += s;
    chars += s.length;
  };
  const full = () => {
    if (truncated) return true;
    // The clock is read every 256 elements: reading it per element would cost more than the walk.
    if (chars > caps.maxChars || elements.length >= caps.maxElements) truncated = true;
    else if ((elements.length & 255) === 0 && performance.now() > deadline) truncated = true;
    return truncated;
  };

  /** The opening tag of `e` with its kept attributes and its index; null for an element left out. */
  const open = (e: Element): string | null => {
    const tag = e.localName;
    let ok = tagOk.get(tag);
    if (ok === undefined) tagOk.set(tag, (ok = TAG.test(tag)));
    if (!ok) return null;
    let s = `<${tag} ${SNAPSHOT_INDEX_ATTR}="${elements.length}"`;
    elements.push(e);
    // Most elements have no attributes; the rest are read by name, values only for the kept ones. Reading them
    // as Attr nodes (e.attributes[k]) made the content script wrap every attribute of the page as an object.
    if (!e.hasAttributes()) return `${s}>`;
    const names = e.getAttributeNames();
    for (let k = 0; k < names.length; k++) {
      const name = names[k]!.toLowerCase();
      // A field's value is the reader's (or a token): only a button's caption passes.
      if (name === 'value' && !BUTTON_TYPE.test(e.getAttribute('type') ?? '')) continue;
      if (!KEEP.has(name)) {
        // Only whether inline style hides the element matters to the detector.
        if (name === 'style' && HIDDEN_STYLE.test(e.getAttribute(names[k]!) ?? '')) s += ' style="display:none"';
        continue;
      }
      const value = e.getAttribute(names[k]!) ?? '';
      s += value ? ` ${name}="${escAttr(value)}"` : ` ${name}`;
    }
    return `${s}>`;
  };

  /** A JSON-LD script (product data, in the head or the body) with its text; other scripts are left out. */
  const jsonLdScript = (e: Element) => {
    if (!/ld\+json/i.test(e.getAttribute('type') ?? '')) return;
    // `</` inside JSON is written `<\/`, which JSON reads back alike and which cannot end the element.
    const body = (e.textContent ?? '').slice(0, MAX_JSON_LD).replace(/<\//g, '<\\/');
    if (jsonLd + body.length > MAX_JSON_LD) return;
    jsonLd += body.length;
    push(`${open(e)}${body}</script>`);
  };

  /**
   * Depth first by the page's sibling links, no stack of nodes: an element is closed as the walk leaves it, its tag
   * taken from a stack of the open elements' names. The walk runs once per page, mostly before the engine optimised
   * it, so every page property it reads costs: each is read once per node.
   */
  const walk = (root: Element) => {
    const openTags: string[] = [];
    let n: Node = root;
    for (;;) {
      let child: Node | null = null;
      const type = n.nodeType;
      if (type === 3) {
        if (!truncated) {
          // Runs of white space read as one space to the detector; keeping one keeps words apart.
          let t = (n as Text).data;
          // Most text holds single spaces only: replacing each of them with itself would build a new string.
          if (ODD_SPACE.test(t)) t = t.replace(/\s+/g, ' ');
          const room = caps.maxChars - chars;
          if (t.length > room) truncated = true;
          if (t && room > 0) push(escText(t.length > room ? t.slice(0, room) : t));
        }
      } else if (type === 1 && !full()) {
        const e = n as Element;
        const tag = e.localName;
        if (tag === 'script') jsonLdScript(e);
        const start = DROP.has(tag) ? null : open(e);
        if (start !== null) {
          push(start);
          if (!VOID.has(tag)) {
            child = e.firstChild;
            if (child) openTags.push(tag);
            else push(`</${tag}>`);
          }
        }
      }
      if (child) {
        n = child;
        continue;
      }
      let next: Node | null = null;
      while (n !== root && !(next = n.nextSibling)) {
        n = n.parentNode!;
        push(`</${openTags.pop()}>`);
      }
      if (n === root || !next) return;
      n = next;
    }
  };

  const head = (h: HTMLHeadElement) => {
    const start = open(h);
    if (start === null) return;
    push(start);
    for (const e of Array.from(h.children)) {
      const tag = e.localName;
      if (!HEAD_KEEP.has(tag)) continue;
      if (tag === 'script') {
        jsonLdScript(e);
      } else if (tag === 'title') {
        push(`${open(e)}${escText((e.textContent ?? '').slice(0, 1000))}</title>`);
      } else if (tag === 'meta' || /^canonical$/i.test(e.getAttribute('rel') ?? '')) {
        push(open(e)!);
      }
    }
    push('</head>');
  };

  const html = doc.documentElement;
  if (!html) return { html: '', elements, truncated };
  push('<!doctype html>');
  push(open(html) ?? '<html>');
  if (doc.head) head(doc.head);
  const body = doc.body;
  if (body) {
    const article = body.getElementsByTagName('*').length > caps.maxElements ? mainContent(body) : null;
    if (article) {
      // Too big to read whole: the article, inside its ancestors (read without their other children).
      walkPath(body, article);
    } else {
      walk(body);
    }
  }
  push('</html>');
  return { html: out, elements, truncated };

  function walkPath(from: Element, article: Element) {
    const chain: Element[] = [];
    for (let e: Element | null = article.parentElement; e && e !== from; e = e.parentElement) chain.unshift(e);
    const opened: string[] = [];
    for (const e of [from, ...chain]) {
      const start = open(e);
      if (start === null) continue;
      push(start);
      opened.unshift(`</${e.localName}>`);
    }
    walk(article);
    truncated = true;
    for (const close of opened) push(close);
  }
}
