import type { RejectedLine } from '@outcome-atlas/contracts';
import { DomainInputError } from '@outcome-atlas/domain';
import { periodKey, type MeasuredKpi, type MeasurementInput } from './kpi-measurement-writes.sql.js';

/** At most this many problems are listed; the count covers them all. */
export const MAX_LISTED_PROBLEMS = 1000;

/** The header cannot be read; every problem is at line 1. */
export class HeaderRejected extends Error {
  constructor(readonly rejected: RejectedLine[]) {
    super('The header cannot be imported');
  }
}

/** Rows of a file that failed validation: the count of all, the first 1,000 listed. */
export class ImportProblems {
  readonly listed: RejectedLine[] = [];
  count = 0;

  add(problem: RejectedLine): void {
    this.count += 1;
    if (this.listed.length < MAX_LISTED_PROBLEMS) this.listed.push(problem);
  }
}

/** A period of the file as it will be stored, with the line it first appears on (for messages). */
export type ImportedPeriod = MeasurementInput & { line: number };

/** Reads the records of an import file one by one: header first, then data lines. */
export type MeasurementCsvReader = {
  header(record: readonly string[]): void;
  row(record: readonly string[], line: number): void;
  /** The periods of the file; records a problem instead for a period without a value. */
  finish(): ImportedPeriod[];
};

/** `Period Start`, `period-start` and `PERIOD_START` all name period_start. */
const normalise = (header: string) => header.trim().toLowerCase().replace(/[\s-]+/g, '_');
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

// The line code of a domain error by the kind of column: a value out of the KPI's range, a negative
// count, or an answer off its scale.
const COUNT_COLUMNS = new Set(['active', 'eligible']);
const GENERIC_CODES: Record<DomainInputError['code'], string> = {
  NOT_A_NUMBER: 'NOT_A_NUMBER',
  NOT_AN_INTEGER: 'NOT_A_WHOLE_NUMBER',
  EMPTY_INPUT: 'VALUE_MISSING',
  INVALID_TYPE: 'INVALID_VALUE',
  INCONSISTENT_INPUT: 'INCONSISTENT_COUNTS',
  OUT_OF_RANGE: 'ANSWER_OUT_OF_RANGE',
};
export function lineCode(error: DomainInputError, column: string): string {
  if (error.code !== 'OUT_OF_RANGE') return GENERIC_CODES[error.code];
  if (column === 'value') return 'MEASUREMENT_OUT_OF_RANGE';
  return COUNT_COLUMNS.has(column) ? 'MEASUREMENT_NEGATIVE_COUNT' : 'ANSWER_OUT_OF_RANGE';
}

/** The column positions of a header, or HeaderRejected naming what is missing, repeated or (when `strict`) unknown. */
function planColumns(header: readonly string[], required: readonly string[], optional: readonly string[], strict: boolean, hint: string): Map<string, number> {
  const known = new Set([...required, ...optional]);
  const columns = new Map<string, number>();
  const problems: RejectedLine[] = [];
  header.forEach((written, index) => {
    const name = normalise(written);
    if (known.has(name) && columns.has(name)) problems.push({ line: 1, column: written, code: 'DUPLICATE_COLUMN', reason: `The column ${name} appears twice` });
    else if (known.has(name)) columns.set(name, index);
    else if (strict) problems.push({ line: 1, column: written, code: 'UNKNOWN_COLUMN', reason: `Unknown column "${written}"; the columns are ${[...required, ...optional].join(', ')}` });
  });
  for (const name of required) {
    if (!columns.has(name)) problems.push({ line: 1, column: name, code: 'MISSING_COLUMN', reason: `The header needs a ${name} column; ${hint}` });
  }
  if (problems.length > 0) throw new HeaderRejected(problems);
  return columns;
}

/** Shared by both kinds: the header, the period of each line, and the problems of the file. */
export abstract class PeriodRows<Entry> {
  protected columns = new Map<string, number>();
  protected readonly periods = new Map<string, { periodStart: string; periodEnd: string; line: number; entry: Entry }>();
  private headerRecord: readonly string[] = [];

  constructor(
    protected readonly kpi: MeasuredKpi,
    protected readonly problems: ImportProblems,
  ) {}

  protected plan(record: readonly string[], required: readonly string[], optional: readonly string[], strict: boolean, hint: string): void {
    this.headerRecord = record;
    this.columns = planColumns(record, ['period_start', 'period_end', ...required], optional, strict, hint);
  }

  /** The field of a column (trimmed), '' when the column is absent. */
  protected field(record: readonly string[], column: string): string {
    const index = this.columns.get(column);
    return index === undefined ? '' : (record[index] ?? '').trim();
  }

  protected reject(line: number, column: string | null, code: string, reason: string): void {
    const index = column === null ? undefined : this.columns.get(column);
    this.problems.add({ line, column: index === undefined ? column : (this.headerRecord[index] ?? column), code, reason });
  }

  /** Records a domain error of a column as a problem of the line. */
  protected rejectInput(line: number, error: unknown): void {
    if (!(error instanceof DomainInputError)) throw error;
    const column = error.field.replace(/\[.*$/, '');
    this.reject(line, column, lineCode(error, column), error.message);
  }

  /** The line's period, or null after recording why it cannot be read. */
  protected period(record: readonly string[], line: number): { periodStart: string; periodEnd: string; key: string } | null {
    const periodStart = this.date(record, line, 'period_start');
    const periodEnd = this.date(record, line, 'period_end');
    if (periodStart === null || periodEnd === null) return null;
    if (periodEnd < periodStart) {
      this.reject(line, 'period_end', 'MEASUREMENT_EMPTY_PERIOD', `The period ends (${periodEnd}) before it starts (${periodStart})`);
      return null;
    }
    return { periodStart, periodEnd, key: periodKey({ periodStart, periodEnd }) };
  }

  private date(record: readonly string[], line: number, column: string): string | null {
    const text = this.field(record, column);
    const match = ISO_DATE.exec(text);
    const [year, month, day] = match ? [Number(match[1]), Number(match[2]), Number(match[3])] : [0, 0, 0];
    const date = new Date(Date.UTC(year, month - 1, day));
    // Date.UTC rolls 2026-02-30 over into March; a real date comes back unchanged.
    if (!match || date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
      this.reject(line, column, 'INVALID_DATE', `${column}: expected a date as YYYY-MM-DD, got "${text}"`);
      return null;
    }
    return text;
  }
}
