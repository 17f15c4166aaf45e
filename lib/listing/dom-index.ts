/**
 * Per-extraction indexes of a document (its element list, its meta tags, memoised answers), so the
 * extractors share one pass over the page. They live for one withDomMemo call only: a live document
 * may change between extractions.
 */

let scope: Map<string, unknown> | null = null;

/** Runs `fn` with a fresh memo scope. */
export function withDomMemo<T>(fn: () => T): T {
  const outer = scope;
  scope = new Map();
  try {
    return fn();
  } finally {
    scope = outer;
  }
}

/** The current extraction's memo called `name`, made on first use; null outside withDomMemo. */
export function scopedMemo<T>(name: string, make: () => T): T | null {
  if (!scope) return null;
  if (!scope.has(name)) scope.set(name, make());
  return scope.get(name) as T;
}

/** A document's elements in order, their upper-case tag names, and where each tag occurs. */
export interface DocIndex {
  all: Element[];
  tags: string[];
  byTag: Map<string, number[]>;
}

/** The document's element index (built once per extraction: tagName is slow on linkedom). */
export function docIndex(doc: Document): DocIndex {
  const memo = scopedMemo('index', () => new WeakMap<Document, DocIndex>());
  let index = memo?.get(doc);
  if (!index) {
    const all = Array.from(doc.querySelectorAll('*'));
    const tags = all.map((e) => e.tagName.toUpperCase());
    const byTag = new Map<string, number[]>();
    tags.forEach((t, i) => {
      const list = byTag.get(t);
      if (list) list.push(i);
      else byTag.set(t, [i]);
    });
    index = { all, tags, byTag };
    memo?.set(doc, index);
  }
  return index;
}

/** All elements of a document in document order. */
export function allElements(doc: Document): Element[] {
  return docIndex(doc).all;
}

/** The document's elements with one of the given (upper-case) tag names, in document order. */
export function elementsByTag(doc: Document, ...tags: string[]): Element[] {
  const { all, byTag } = docIndex(doc);
  const positions = tags.flatMap((t) => byTag.get(t) ?? []);
  if (tags.length > 1) positions.sort((a, b) => a - b);
  return positions.map((i) => all[i]!);
}

/** Every non-empty content of <meta property|name=KEY> for the given keys, keys in order then page order. */
export function metaContents(doc: Document, keys: string[]): string[] {
  const memo = scopedMemo('meta', () => new WeakMap<Document, Map<string, string[]>>());
  let found = memo?.get(doc);
  if (!found) {
    found = new Map();
    for (const m of elementsByTag(doc, 'META')) {
      const key = (m.getAttribute('property') ?? m.getAttribute('name') ?? '').trim().toLowerCase();
      const v = m.getAttribute('content')?.trim();
      if (key && v) found.set(key, [...(found.get(key) ?? []), v]);
    }
    memo?.set(doc, found);
  }
  return keys.flatMap((k) => found.get(k.toLowerCase()) ?? []);
}

/** The content of the first <meta property|name=KEY> present, trying `keys` in order; null if none. */
export function metaContent(doc: Document, keys: string[]): string | null {
  return metaContents(doc, keys)[0] ?? null;
}
