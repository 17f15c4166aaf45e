import { describe, expect, it } from 'vitest';
import { parseJsonLd } from '@/lib/listing/sources/jsonld-parse';

describe('parseJsonLd (forgiving JSON-LD reader)', () => {
  it('parses valid JSON as it is', () => {
    expect(parseJsonLd('{"@type":"Product","name":"A"}')).toEqual([{ '@type': 'Product', name: 'A' }]);
    expect(parseJsonLd('[{"a":1},{"b":2}]')).toEqual([[{ a: 1 }, { b: 2 }]]);
  });

  it('drops trailing commas in objects and arrays', () => {
    expect(parseJsonLd('{"a": [1, 2, ], "b": {"c": 3,},}')).toEqual([{ a: [1, 2], b: { c: 3 } }]);
  });

  it('drops // and /* */ comments but not // inside strings', () => {
    const text = '{\n// theme comment\n"url": "https://x.example/a", /* note */ "n": 1}';
    expect(parseJsonLd(text)).toEqual([{ url: 'https://x.example/a', n: 1 }]);
  });

  it('unwraps CDATA and HTML comment wrappers', () => {
    expect(parseJsonLd('/*<![CDATA[*/ {"a":1} /*]]>*/')).toEqual([{ a: 1 }]);
    expect(parseJsonLd('<!-- {"a":1} -->')).toEqual([{ a: 1 }]);
  });

  it('escapes raw newlines, tabs and control characters inside strings', () => {
    expect(parseJsonLd('{"d": "line one\nline\ttwo\u0001"}')).toEqual([{ d: 'line one\nline\ttwo\u0001' }]);
  });

  it('keeps an invalid backslash escape as a literal character', () => {
    expect(parseJsonLd('{"d": "it\\\'s 5\\" \\x"}')).toEqual([{ d: 'it\'s 5" \\x' }]);
  });

  it('reads several objects written back to back', () => {
    expect(parseJsonLd('{"a":1}\n{"b":2} {"c":3}')).toEqual([{ a: 1 }, { b: 2 }, { c: 3 }]);
    expect(parseJsonLd('{"a":1},{"b":2}')).toEqual([{ a: 1 }, { b: 2 }]);
  });

  it('decodes HTML-entity-encoded JSON', () => {
    expect(parseJsonLd('{&quot;name&quot;: &quot;Tom &amp; Co&quot;}')).toEqual([{ name: 'Tom & Co' }]);
  });

  it('returns nothing, without throwing, for garbage', () => {
    for (const junk of ['', 'not json', '{{{', '{"a": ', ']]]', '{"a": undefined}', 'x'.repeat(3_000_000)]) {
      expect(() => parseJsonLd(junk)).not.toThrow();
    }
    expect(parseJsonLd('not json at all')).toEqual([]);
    expect(parseJsonLd('{"a": ')).toEqual([]);
  });

  it('salvages the valid objects around a broken one', () => {
    expect(parseJsonLd('{"a":1} {"b": tru} {"c":3}')).toEqual([{ a: 1 }, { c: 3 }]);
  });
});
