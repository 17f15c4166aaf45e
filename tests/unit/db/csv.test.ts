import { describe, expect, it } from 'vitest';
import { csvCell, exportCsv, saveItem, setNotes, setTags, toCsv } from '@/lib/db';
import { coat, freshDb } from './helpers';

/** A strict RFC 4180 reader, so the export is checked by parsing it back rather than by string matching. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let i = 0;
  let quoted = false;
  while (i < text.length) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') ((cell += '"'), (i += 2));
      else if (c === '"') ((quoted = false), i++);
      else ((cell += c), i++);
    } else if (c === '"' && cell === '') ((quoted = true), i++);
    else if (c === ',') (row.push(cell), (cell = ''), i++);
    else if (c === '\r' && text[i + 1] === '\n') (row.push(cell), rows.push(row), (row = []), (cell = ''), (i += 2));
    else if (c === '"' || c === '\r' || c === '\n') throw new Error(`bare ${JSON.stringify(c)} at ${i}`);
    else ((cell += c), i++);
  }
  if (cell !== '' || row.length > 0) throw new Error('last row lacks CRLF');
  return rows;
}

describe('csvCell', () => {
  it('quotes cells holding quotes, commas or line breaks, doubling quotes', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('Ba&sh, Paris')).toBe('"Ba&sh, Paris"');
    expect(csvCell('the "it" coat')).toBe('"the ""it"" coat"');
    expect(csvCell('line one\nline two')).toBe('"line one\nline two"');
    expect(csvCell(null)).toBe('');
    expect(csvCell(89.5)).toBe('89.5');
  });

  it.each(['=HYPERLINK("https://evil.example","x")', '+1+1', '-2+3', '@SUM(A1)', '\tcmd', '\rcmd'])(
    'defuses a formula start: %j',
    (value) => {
      const [[cell]] = parseCsv(toCsv([[value]])) as [[string]];
      expect(cell).toBe(`'${value}`);
    },
  );

  it.each([
    ['Summer bags;=WEBSERVICE("https://evil.example")', `"Summer bags;'=WEBSERVICE(""https://evil.example"")"`],
    ['gift; =1+1', `"gift; '=1+1"`],
    ['a\t+SUM(A1)', `"a\t'+SUM(A1)"`],
    ['red, -1+2', `"red, '-1+2"`],
  ])('quotes a cell holding a separator and defuses a formula after it: %j', (value, expected) => {
    expect(csvCell(value)).toBe(expected);
    // Split the way a ';'-separated spreadsheet would if it ignored the quotes: no part starts a formula.
    for (const part of csvCell(value).split(/[;,\t]/)) expect(part.trim()).not.toMatch(/^[=+\-@]/);
  });

  it('quotes a semicolon even without a formula', () => {
    expect(csvCell('bags; shoes')).toBe('"bags; shoes"');
  });

  it('leaves inner formula characters alone', () => {
    expect(csvCell('size 8 = UK 36')).toBe('size 8 = UK 36');
  });
});

describe('exportCsv', () => {
  it('writes a header and one row per item that parses back to the stored values', async () => {
    const db = freshDb();
    const item = await saveItem(
      coat({ brand: 'Ba&sh, Paris', name: '=cmd|" /C calc"!A0', currentPrice: 712.5, availability: 'InStock' }),
      db,
    );
    await setNotes(item.id, 'the "camel" one,\nsize S', db);
    await setTags(item.id, ['winter', '@home'], db);
    const rows = parseCsv(await exportCsv(db));
    expect(rows).toHaveLength(2);
    const [header, row] = rows as [string[], string[]];
    const get = (column: string): string => row[header.indexOf(column)]!;
    expect(header.every((h) => h.length > 0)).toBe(true);
    expect(row).toHaveLength(header.length);
    expect(get('brand')).toBe('Ba&sh, Paris');
    expect(get('name')).toBe(`'=cmd|" /C calc"!A0`);
    expect(get('notes')).toBe('the "camel" one,\nsize S');
    expect(get('tags')).toBe("winter; '@home");
    expect(get('current price')).toBe('712.5');
    expect(get('article price')).toBe('890');
    expect(get('article link')).toBe(coat().mentionUrl);
    expect(get('saved')).toBe(new Date(item.createdAt).toISOString());
  });

  it('is just the header for an empty wishlist', async () => {
    const rows = parseCsv(await exportCsv(freshDb()));
    expect(rows).toHaveLength(1);
  });
});
