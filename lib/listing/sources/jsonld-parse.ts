/**
 * Forgiving JSON-LD reader: pages ship blocks with comments, trailing commas, CDATA or HTML-comment
 * wrappers, HTML entities, raw newlines inside strings and several objects back to back. The text is
 * repaired in one pass and each top-level value parsed on its own; garbage yields nothing, never a throw.
 */

const MAX_BLOCK = 2_000_000;

/** All top-level JSON values in one <script type="application/ld+json"> body. */
export function parseJsonLd(text: string): unknown[] {
  if (!text || text.length > MAX_BLOCK) return [];
  const body = unwrap(text);
  if (!body) return [];
  const direct = tryParse(body);
  if (direct !== undefined) return [direct];
  const out: unknown[] = [];
  for (const chunk of repairAndSplit(body)) {
    let v = tryParse(chunk);
    // entities such as &quot; only break parsing outside strings; decode and retry
    if (v === undefined && /&(quot|amp|#\d+|#x[0-9a-f]+|apos|lt|gt);/i.test(chunk)) {
      for (const c of repairAndSplit(decodeJsonEntities(chunk))) {
        const w = tryParse(c);
        if (w !== undefined) out.push(w);
      }
      continue;
    }
    if (v !== undefined) out.push(v);
  }
  return out;
}

function tryParse(s: string): unknown {
  try {
    return JSON.parse(s) as unknown;
  } catch {
    return undefined;
  }
}

/** Drops CDATA and HTML comment wrappers and anything before the first { or [. */
function unwrap(text: string): string {
  let s = text.trim();
  s = s.replace(/^(?:\/\*\s*)?<!\[CDATA\[(?:\s*\*\/)?/, '').replace(/(?:\/\*\s*)?\]\]>(?:\s*\*\/)?$/, '');
  s = s.replace(/^<!--/, '').replace(/-->$/, '').trim();
  const start = s.search(/[[{]/);
  return start < 0 ? '' : s.slice(start);
}

function decodeJsonEntities(s: string): string {
  return s
    .replace(/&quot;/gi, '"')
    .replace(/&apos;|&#39;/gi, "'")
    .replace(/&lt;/gi, '<')
    .replace(/&gt;/gi, '>')
    .replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCodePoint(Math.min(parseInt(h, 16), 0x10ffff)))
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Math.min(parseInt(d, 10), 0x10ffff)))
    .replace(/&amp;/gi, '&');
}

/**
 * One pass over the text: removes // and /* comments outside strings, escapes raw control characters
 * inside strings, drops invalid backslash escapes and trailing commas, and cuts the text into its
 * top-level values.
 */
function repairAndSplit(s: string): string[] {
  const chunks: string[] = [];
  let out = '';
  let depth = 0;
  let inString = false;
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (inString) {
      if (c === '\\') {
        const next = s[i + 1];
        if (next !== undefined && '"\\/bfnrtu'.includes(next)) {
          out += c + next;
        } else if (next !== undefined) {
          out += next === "'" ? "'" : '\\\\' + next;
        }
        i++;
      } else if (c === '"') {
        inString = false;
        out += c;
      } else if (c < ' ') {
        out +=
          c === '\n'
            ? '\\n'
            : c === '\r'
              ? '\\r'
              : c === '\t'
                ? '\\t'
                : '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0');
      } else {
        out += c;
      }
      continue;
    }
    if (c === '/' && s[i + 1] === '/') {
      const end = s.indexOf('\n', i);
      i = end < 0 ? s.length : end;
      continue;
    }
    if (c === '/' && s[i + 1] === '*') {
      const end = s.indexOf('*/', i + 2);
      i = end < 0 ? s.length : end + 1;
      continue;
    }
    if (c === '"') {
      inString = true;
      out += c;
    } else if (c === '{' || c === '[') {
      if (depth === 0) out = '';
      depth++;
      out += c;
    } else if (c === '}' || c === ']') {
      out = dropTrailingComma(out);
      depth--;
      out += c;
      if (depth === 0) chunks.push(out);
      if (depth <= 0) {
        depth = 0;
        out = '';
      }
    } else if (depth > 0) {
      out += c;
    }
  }
  return chunks;
}

function dropTrailingComma(s: string): string {
  let i = s.length - 1;
  while (i >= 0 && /\s/.test(s[i]!)) i--;
  return s[i] === ',' ? s.slice(0, i) : s;
}
