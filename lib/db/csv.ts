/** Characters that make a spreadsheet read a cell as a formula (CWE-1236). */
const FORMULA_START = /^[=+\-@\t\r]/;
/**
 * A formula start after a list separator: spreadsheets set to split on `;` (German, French
 * Excel) or tabs open an unquoted "gift; =1+1" as two cells, the second a formula.
 */
const FORMULA_AFTER_SEPARATOR = /([,;\t]\s*)([=+\-@])/g;
/** Cells holding any of these are quoted, whichever separator the spreadsheet splits on. */
const NEEDS_QUOTES = /[",;\t\r\n]/;

/**
 * One RFC 4180 cell: quoted when it holds a quote, a separator (comma, semicolon, tab) or a
 * line break, and with a single quote put before a formula start — at the start of the cell
 * and after any separator — so no spreadsheet runs it. `parseCsv` reverses both.
 */
export function csvCell(value: string | number | boolean | null): string {
  let s = value === null ? '' : String(value);
  if (FORMULA_START.test(s)) s = `'${s}`;
  s = s.replace(FORMULA_AFTER_SEPARATOR, "$1'$2");
  return NEEDS_QUOTES.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Rows joined with CRLF, as RFC 4180 asks; the first row is the header. */
export function toCsv(rows: readonly (readonly (string | number | boolean | null)[])[]): string {
  return rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
