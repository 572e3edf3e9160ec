import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { readMeasurementCsv } from './kpi-import-csv.js';
import { ImportProblems } from './kpi-import-lines.js';
import { measurementReader } from './kpi-import-readers.js';

const upload = (text: string) => ({ stream: Readable.from([Buffer.from(text)]), abandon: () => undefined });
const nps = { id: '00000000-0000-4000-8000-000000000001', type: 'nps' as const, scale: null };

describe('readMeasurementCsv', () => {
  it('reads the header and every data line with its line number, skipping blank lines', async () => {
    const problems = new ImportProblems();
    const reader = measurementReader('aggregates', nps, problems);
    const rows = await readMeasurementCsv(upload('period_start,period_end,value\n2026-01-01,2026-01-31,10\n\n2026-02-01,2026-02-28,150\n'), reader, { maxBytes: 1024, maxRows: 10, idleSeconds: 30 });
    expect(rows).toBe(2);
    expect(problems.listed).toEqual([{ line: 4, column: 'value', code: 'MEASUREMENT_OUT_OF_RANGE', reason: 'value: NPS values must be from -100 to 100, got 150' }]);
  });

  it('stops with 422 KPI_IMPORT_TOO_MANY_ROWS past the row limit', async () => {
    const reader = measurementReader('aggregates', nps, new ImportProblems());
    const csv = `period_start,period_end,value\n${'2026-01-01,2026-01-31,10\n'.repeat(4)}`;
    await expect(readMeasurementCsv(upload(csv), reader, { maxBytes: 1024, maxRows: 3, idleSeconds: 30 })).rejects.toMatchObject({ status: 422, code: 'KPI_IMPORT_TOO_MANY_ROWS', details: { maxRows: 3 } });
    await expect(readMeasurementCsv(upload(csv), measurementReader('aggregates', nps, new ImportProblems()), { maxBytes: 1024, maxRows: 4, idleSeconds: 30 })).resolves.toBe(4);
  });

  it('stops with 413 past the byte limit', async () => {
    const reader = measurementReader('aggregates', nps, new ImportProblems());
    const csv = `period_start,period_end,value\n${'2026-01-01,2026-01-31,10\n'.repeat(100)}`;
    await expect(readMeasurementCsv(upload(csv), reader, { maxBytes: 1024, maxRows: 1000, idleSeconds: 30 })).rejects.toMatchObject({ status: 413, code: 'KPI_IMPORT_TOO_LARGE' });
  });
});
