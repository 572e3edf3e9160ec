import { describe, expect, it } from 'vitest';
import { AppError } from './app-error.js';
import { decodeCursor, encodeCursor, isOffsetCursor, isTimeIdCursor, toPage } from './cursor.js';

describe('cursors', () => {
  it('round-trips a keyset cursor with microsecond timestamps', () => {
    const cursor = { t: '2026-11-23 17:17:31.766123+00', id: '3f1c2a9e-8b7d-4c6e-9a1b-2d3e4f5a6b7c' };
    expect(decodeCursor(encodeCursor(cursor), isTimeIdCursor)).toEqual(cursor);
  });

  it.each(['garbage', encodeCursor({ t: 'yesterday', id: 'x' }), encodeCursor({ o: -1 }), encodeCursor('text')])('rejects %s with 400 INVALID_CURSOR', (cursor) => {
    const attempt = () => decodeCursor(cursor, isTimeIdCursor) ?? decodeCursor(cursor, isOffsetCursor);
    expect(attempt).toThrow(AppError);
    expect(attempt).toThrow(/cursor/);
  });

  it('pages limit + 1 rows into items and a next cursor', () => {
    expect(toPage([1, 2, 3], 2, (n) => n * 10, (n) => ({ o: n }))).toEqual({ items: [10, 20], nextCursor: encodeCursor({ o: 2 }) });
    expect(toPage([1, 2], 2, (n) => n, (n) => ({ o: n }))).toEqual({ items: [1, 2], nextCursor: null });
  });
});
