/** Characters a spreadsheet may read as the start of a formula (CWE-1236), including tab and carriage return. */
const FORMULA_TRIGGERS = new Set(['=', '+', '-', '@', '\t', '\r']);

/**
 * One cell as RFC 4180 text. A cell that a spreadsheet could run as a formula gets a leading apostrophe
 * first, so user text such as `=HYPERLINK(...)` stays text when the file is opened in Excel or Sheets.
 * Cells with a comma, quote or line break are quoted, with quotes doubled.
 */
export function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (text.length > 0 && FORMULA_TRIGGERS.has(text[0]!)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** Rows as RFC 4180 CSV: comma-separated cells, CRLF after every record. */
export function toCsv(rows: readonly (readonly (string | number | null | undefined)[])[]): string {
  return rows.map((row) => `${row.map(csvCell).join(',')}\r\n`).join('');
}
