import { AppError } from './app-error.js';
import { UUID_PATTERN } from './ids.js';

/** Opaque cursors: base64url JSON of the last row's sort key, so clients cannot depend on their shape. */
export function encodeCursor(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

export function decodeCursor<T>(cursor: string | undefined, isValid: (value: unknown) => value is T): T | null {
  if (!cursor) return null;
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (isValid(value)) return value;
  } catch {
    // fall through to the error below
  }
  throw new AppError(400, 'INVALID_CURSOR', 'The cursor is invalid; start again without one');
}

/** A PostgreSQL timestamptz in text form (microsecond precision) and a row id. */
export type TimeIdCursor = { t: string; id: string };
export const PG_TIMESTAMP = /^\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}:\d{2}(\.\d{1,6})?([+-]\d{2}(:?\d{2})?|Z)?$/;
export const isTimeIdCursor = (value: unknown): value is TimeIdCursor =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as TimeIdCursor).t === 'string' &&
  PG_TIMESTAMP.test((value as TimeIdCursor).t) &&
  typeof (value as TimeIdCursor).id === 'string' &&
  UUID_PATTERN.test((value as TimeIdCursor).id);

export type OffsetCursor = { o: number };
export const isOffsetCursor = (value: unknown): value is OffsetCursor =>
  typeof value === 'object' && value !== null && Number.isInteger((value as OffsetCursor).o) && (value as OffsetCursor).o >= 0;

/** Takes `limit + 1` rows and returns the page plus the next cursor. */
export function toPage<Row, Item>(rows: Row[], limit: number, toItem: (row: Row) => Item, cursorOf: (row: Row) => unknown) {
  const hasMore = rows.length > limit;
  const pageRows = hasMore ? rows.slice(0, limit) : rows;
  const last = pageRows[pageRows.length - 1];
  return { items: pageRows.map(toItem), nextCursor: hasMore && last !== undefined ? encodeCursor(cursorOf(last)) : null };
}
