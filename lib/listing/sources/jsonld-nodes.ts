import { asList, isRecord, prop, type JsonRecord } from '../guards';
import { cleanText } from '../text';

/** A product and the variants of it that the page lists (sizes, colours), in page order. */
export interface ProductFamily {
  /** The ProductGroup (or isVariantOf parent) the variants share, if the markup names one. */
  group: JsonRecord | null;
  variants: JsonRecord[];
}

const PRODUCT_TYPES = new Set(['product', 'productgroup', 'productmodel', 'individualproduct', 'someproducts']);
/** Properties through which a page's own subject is reached (WebPage.mainEntity, @graph...). */
const SUBJECT_KEYS = ['@graph', 'mainEntity', 'mainEntityOfPage', 'about'];
const MAX_DEPTH = 8;

/** Type names of a node, lower-cased and without prefix: "schema:Product", "http://schema.org/Product" → "product". */
export function typeNames(node: JsonRecord): string[] {
  return asList(node['@type'] ?? node['type'])
    .filter((t): t is string => typeof t === 'string')
    .map((t) => t.trim().split(/[/#:]/).pop()!.toLowerCase());
}

/** True for Product, ProductGroup, ProductModel, IndividualProduct or SomeProducts nodes. */
export function isProduct(node: JsonRecord): boolean {
  return typeNames(node).some((t) => PRODUCT_TYPES.has(t));
}

/**
 * The product families the page's JSON-LD describes as its subject, in page order. Products that
 * appear only as related items (isSimilarTo, ItemList members, review subjects) are not included.
 */
export function collectFamilies(values: unknown[]): ProductFamily[] {
  const ids = new Map<string, JsonRecord>();
  const products: JsonRecord[] = [];
  const visit = (v: unknown, depth: number): void => {
    if (depth > MAX_DEPTH) return;
    if (Array.isArray(v)) {
      for (const x of v) visit(x, depth + 1);
      return;
    }
    if (!isRecord(v)) return;
    const id = v['@id'];
    if (typeof id === 'string' && Object.keys(v).length > 1) ids.set(id, v);
    if (isProduct(v)) {
      products.push(v);
      return;
    }
    for (const key of SUBJECT_KEYS) {
      const child = prop(v, key);
      if (child !== undefined) visit(child, depth + 1);
    }
  };
  for (const v of values) visit(v, 0);
  indexIds(products, ids);
  return groupFamilies(products, ids);
}

/** Registers @id'd nodes nested in products (variants referenced elsewhere by id). */
function indexIds(products: JsonRecord[], ids: Map<string, JsonRecord>): void {
  for (const p of products) {
    for (const v of asList(prop(p, 'hasVariant'))) {
      if (isRecord(v) && typeof v['@id'] === 'string' && Object.keys(v).length > 1) ids.set(v['@id'], v);
    }
  }
}

function resolveRef(v: unknown, ids: Map<string, JsonRecord>): JsonRecord | null {
  if (!isRecord(v)) return typeof v === 'string' ? (ids.get(v) ?? null) : null;
  const id = v['@id'];
  if (typeof id === 'string' && Object.keys(v).length === 1) return ids.get(id) ?? null;
  return v;
}

function groupFamilies(products: JsonRecord[], ids: Map<string, JsonRecord>): ProductFamily[] {
  const families = new Map<string, ProductFamily>();
  const seen = new Set<JsonRecord>();
  const add = (key: string, group: JsonRecord | null, variants: JsonRecord[]) => {
    const fresh = variants.filter((v) => !seen.has(v));
    fresh.forEach((v) => seen.add(v));
    const f = families.get(key);
    if (f) {
      f.group ??= group;
      f.variants.push(...fresh);
    } else {
      families.set(key, { group, variants: fresh });
    }
  };
  for (const [i, p] of products.entries()) {
    const variants = asList(prop(p, 'hasVariant'))
      .map((v) => resolveRef(v, ids))
      .filter((v): v is JsonRecord => v !== null);
    if (variants.length) {
      add(familyKey(p, i), p, variants);
      continue;
    }
    const parent = resolveRef(prop(p, 'isVariantOf'), ids);
    if (parent) {
      add(familyKey(parent, i), parent, [p]);
      continue;
    }
    if (!seen.has(p)) add(familyKey(p, i), null, [p]);
  }
  return Array.from(families.values()).filter((f) => f.variants.length > 0);
}

/** Products with the same group id or the same name are variants of one product (one Product per size). */
function familyKey(p: JsonRecord, index: number): string {
  for (const k of ['productGroupID', 'inProductGroupWithID']) {
    const v = prop(p, k);
    if (typeof v === 'string' && v.trim()) return 'g:' + v.trim();
  }
  const name = cleanText(typeof p['name'] === 'string' ? p['name'] : null);
  return name ? 'n:' + name.toLowerCase() : '#' + index;
}
