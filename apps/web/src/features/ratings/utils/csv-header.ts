/** How much of a file is read to find its header: enough for thousands of columns, never the whole survey. */
export const HEADER_READ_BYTES = 64 * 1024;

export type CsvHeaderResult = { ok: true; columns: string[] } | { ok: false; reason: string };

const BOM = '\uFEFF';

/**
 * The first record of CSV text (RFC 4180: comma-separated; a field in double quotes may hold commas, line
 * breaks and `""` for a quote), with a leading byte-order mark dropped. The record ends at the first line
 * break (LF, CRLF or CR) outside quotes. `complete` says whether `text` is the whole file: when it is not,
 * a record that does not end within it is reported as too long instead of being cut.
 */
export function parseCsvHeader(text: string, complete: boolean): CsvHeaderResult {
  const input = text.startsWith(BOM) ? text.slice(BOM.length) : text;
  if (input.trim() === '') return { ok: false, reason: 'The file is empty.' };
  const columns: string[] = [];
  let field = '';
  let quoted = false;
  let ended = false;
  let index = 0;
  for (; index < input.length; index++) {
    const char = input[index];
    if (quoted) {
      if (char !== '"') field += char;
      else if (input[index + 1] === '"') {
        field += '"';
        index++;
      } else quoted = false;
    } else if (char === '"' && field === '') quoted = true;
    else if (char === ',') {
      columns.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      ended = true;
      break;
    } else field += char;
  }
  if (quoted) {
    return { ok: false, reason: complete ? 'The header line has a quote that is never closed.' : 'The header line is longer than 64 KB, or has a quote that is never closed.' };
  }
  if (!ended && !complete) return { ok: false, reason: 'The header line is longer than 64 KB.' };
  columns.push(field);
  if (columns.every((column) => column.trim() === '')) return { ok: false, reason: 'The first line is empty: it should name the columns.' };
  return { ok: true, columns };
}

/** Reads only the start of the file (never the whole survey) and parses its header record. */
export async function readCsvHeader(file: Blob): Promise<CsvHeaderResult> {
  const text = await file.slice(0, HEADER_READ_BYTES).text();
  return parseCsvHeader(text, file.size <= HEADER_READ_BYTES);
}
