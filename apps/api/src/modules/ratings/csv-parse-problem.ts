import type { RejectedLine } from '@outcome-atlas/contracts';
import type { CsvError } from 'csv-parse';
import type { UploadGuard } from './upload-guard.js';

const CSV_CODES: Record<string, string> = {
  CSV_RECORD_INCONSISTENT_FIELDS_LENGTH: 'CSV_COLUMN_COUNT',
  CSV_RECORD_INCONSISTENT_COLUMNS: 'CSV_COLUMN_COUNT',
  CSV_MAX_RECORD_SIZE: 'CSV_LINE_TOO_LONG',
  CSV_QUOTE_NOT_CLOSED: 'CSV_QUOTING',
  CSV_INVALID_CLOSING_QUOTE: 'CSV_QUOTING',
  CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE: 'CSV_QUOTING',
  INVALID_OPENING_QUOTE: 'CSV_QUOTING',
};

/**
 * The rejected line a csv-parse error stands for, in the words of every CSV import (survey, KPI).
 * The guard cut the text before its first bad byte, so a parse error at or after that line is a
 * consequence of the cut and the guard's own problem is the one to report.
 */
export function csvParseProblem(error: CsvError, guard: UploadGuard, maxLineChars: number): Omit<RejectedLine, 'column'> {
  const line = typeof error.lines === 'number' ? error.lines : 1;
  if (guard.problem && (line >= guard.problem.line || error.code === 'CSV_QUOTE_NOT_CLOSED')) return guard.problem;
  return { line, code: CSV_CODES[error.code] ?? 'CSV_MALFORMED', reason: csvReason(error, maxLineChars) };
}

function csvReason(error: CsvError, maxLineChars: number): string {
  const record = error.record;
  if (error.code === 'CSV_RECORD_INCONSISTENT_FIELDS_LENGTH' && Array.isArray(record)) {
    const expected = /expect (\d+)/.exec(error.message)?.[1];
    return `The line has ${record.length} field${record.length === 1 ? '' : 's'} but the header has ${expected}; check the delimiters (commas) and quotes`;
  }
  if (error.code === 'CSV_MAX_RECORD_SIZE') return `A line is longer than ${maxLineChars} characters; is this a CSV file?`;
  return error.message;
}
