import type { SavedItem } from './types';
import { COLUMNS } from './export';
import { describeItemBaseProblem } from './guards';
import { textKey, urlKey } from './key';
import { LIMITS } from './limits';
import { DbInputError } from './errors';
import type { ParsedExport } from './import-validate';
import { cleanTags } from './sanitize';

const fail = (message: string): never => {
  throw new DbInputError(message);
};

/** RFC 4180 rows (CRLF or LF line ends, quoted cells with doubled quotes); throws on a broken quote. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  let i = 0;
  const endRow = () => {
    row.push(cell);
    rows.push(row);
    row = [];
    cell = '';
  };
  while (i < text.length) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') ((cell += '"'), (i += 2));
      else if (c === '"') ((quoted = false), i++);
      else ((cell += c), i++);
    } else if (c === '"' && cell === '') ((quoted = true), i++);
    else if (c === ',') (row.push(cell), (cell = ''), i++);
    else if (c === '\r' && text[i + 1] === '\n') (endRow(), (i += 2));
    else if (c === '\n') (endRow(), i++);
    else ((cell += c), i++);
  }
  if (quoted) fail('not a Magpie CSV export: a quoted cell never ends');
  if (cell !== '' || row.length > 0) endRow();
  return rows;
}

/** Undoes the export's formula guard: the single quote before a formula start, at the start and after separators. */
export function unguardCell(s: string): string {
  return s.replace(/^'(?=[=+\-@\t\r])/, '').replace(/([,;\t]\s*)'([=+\-@])/g, '$1$2');
}

const nullable = (s: string): string | null => (s === '' ? null : s);
const number = (s: string): number | null | string => (s === '' ? null : Number.isFinite(Number(s)) ? Number(s) : s);
const time = (s: string): number | string => {
  const t = Date.parse(s);
  return Number.isFinite(t) ? t : s;
};

/** One item from a CSV row, in the shape an export file holds (checked by the caller). */
function rowToItem(get: (column: string) => string): Record<string, unknown> {
  const amount = number(get('article price'));
  const articleCurrency = nullable(get('article currency'));
  const brand = nullable(get('brand'));
  const name = get('name');
  const retailer = nullable(get('retailer'));
  const listingUrl = nullable(get('listing url'));
  const updatedAt = time(get('updated'));
  let tags: unknown = get('tags') === '' ? [] : get('tags').split(';');
  try {
    tags = cleanTags(tags);
  } catch (err) {
    tags = (err as Error).message;
  }
  return {
    id: urlKey(listingUrl) ?? textKey(brand, name, retailer),
    brand,
    name,
    retailer,
    listingUrl,
    articleUrl: nullable(get('article url')),
    articleTitle: nullable(get('article title')),
    mentionUrl: nullable(get('article link')),
    articlePrice: amount === null && articleCurrency === null ? null : { amount, currency: articleCurrency },
    currentPrice: number(get('current price')),
    currency: nullable(get('currency')),
    availability: nullable(get('availability')),
    image: nullable(get('image')),
    notes: get('notes'),
    tags,
    source: get('source'),
    createdAt: time(get('saved')),
    updatedAt,
    priceDropped: false,
    textKey: textKey(brand, name, retailer),
    urlKey: urlKey(listingUrl),
    checkedAt: updatedAt,
  };
}

/**
 * Parses and checks a whole CSV export of Magpie (the header must be Magpie's) before anything
 * is written; throws `DbInputError` naming the first problem ("row 3: currentPrice must be …").
 * CSV carries no price history, so only items come back.
 */
export function parseCsvExport(text: string): ParsedExport {
  if (text.length > LIMITS.importChars) fail(`the file is too large (over ${LIMITS.importChars / 1024 / 1024} MB)`);
  const rows = parseCsv(text.replace(/^\uFEFF/, ''));
  const header = rows[0] ?? [];
  const expected = COLUMNS.map(([h]) => h);
  if (header.join(',') !== expected.join(',')) fail('not a Magpie export: the CSV header is not the one Magpie writes');
  if (rows.length - 1 > LIMITS.importItems)
    fail(`too many items (${rows.length - 1}; the limit is ${LIMITS.importItems})`);
  const items: SavedItem[] = [];
  const ids = new Set<string>();
  let duplicates = 0;
  rows.slice(1).forEach((cells, n) => {
    if (cells.length === 1 && cells[0] === '') return;
    if (cells.length !== expected.length)
      fail(`row ${n + 2}: expected ${expected.length} cells, found ${cells.length}`);
    const get = (column: string) => unguardCell(cells[expected.indexOf(column)] ?? '');
    const item = rowToItem(get);
    const problem = describeItemBaseProblem(item);
    if (problem) fail(`row ${n + 2}: ${problem}`);
    const id = item.id as string;
    if (ids.has(id)) duplicates++;
    else items.push(item as unknown as SavedItem);
    ids.add(id);
  });
  return { items, history: [], duplicates };
}
