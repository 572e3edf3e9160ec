import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../lib/api-error';
import { importRejection } from './import-rejection';

const rejected = (details: unknown) => new ApiError({ status: 422, code: 'KPI_IMPORT_REJECTED', message: '2 problems', details });

describe('a rejected KPI import', () => {
  it('reads the rejected lines by the shared contract', () => {
    const details = {
      rejectedCount: 1500,
      rejected: [
        { line: 3, column: 'score', code: 'OUT_OF_RANGE', reason: 'score must be 0–10, got 11' },
        { line: 5, column: null, code: 'MEASUREMENT_EMPTY_PERIOD', reason: 'period_end is before period_start' },
      ],
    };
    expect(importRejection(rejected(details))).toEqual(details);
  });

  it('is null for details of another shape and for any other error', () => {
    expect(importRejection(rejected({ errors: [] }))).toBeNull();
    expect(importRejection(new ApiError({ status: 422, code: 'KPI_SCALE_INVALID', message: 'no' }))).toBeNull();
    expect(importRejection(new ApiError({ status: 413, code: 'KPI_IMPORT_REJECTED', message: 'no' }))).toBeNull();
    expect(importRejection(new Error('boom'))).toBeNull();
  });
});
