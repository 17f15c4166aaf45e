/** Characters that make a spreadsheet read a cell as a formula (CWE-1236). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One RFC 4180 cell: quoted when it holds a quote, comma or line break, and prefixed with a
 * single quote when a spreadsheet would otherwise run it as a formula.
 */
export function csvCell(value: string | number | boolean | null): string {
  let s = value === null ? '' : String(value);
  if (FORMULA_START.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Rows joined with CRLF, as RFC 4180 asks; the first row is the header. */
export function toCsv(rows: readonly (readonly (string | number | boolean | null)[])[]): string {
  return rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
