/** Type guards for untrusted values read from a page (JSON-LD, attributes). */

/** A parsed JSON object of unknown shape. */
export type JsonRecord = Record<string, unknown>;

/** Type guard: a plain object (not null, not an array). */
export function isRecord(v: unknown): v is JsonRecord {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** A value as a list: arrays as they are, a single value as a one-item list, null/undefined as none. */
export function asList(v: unknown): unknown[] {
  if (Array.isArray(v)) return v;
  return v === undefined || v === null ? [] : [v];
}

/** Property lookup that tolerates key-case differences ("lowprice" for "lowPrice"). */
export function prop(node: JsonRecord, key: string): unknown {
  if (key in node) return node[key];
  const lower = key.toLowerCase();
  for (const k of Object.keys(node)) if (k.toLowerCase() === lower) return node[k];
  return undefined;
}
