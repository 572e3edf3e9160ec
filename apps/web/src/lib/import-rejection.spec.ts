import { describe, expect, it } from 'vitest';
import { ApiError } from './api-error';
import { importRejection } from './import-rejection';

const CODE = 'KPI_IMPORT_REJECTED';
const rejected = (details: unknown, code = CODE) => new ApiError({ status: 422, code, message: '2 problems', details });

describe('importRejection', () => {
  it('reads the rejected lines by the shared contract', () => {
    const details = {
      rejectedCount: 1500,
      rejected: [
        { line: 3, column: 'score', code: 'OUT_OF_RANGE', reason: 'score must be 0–10, got 11' },
        { line: 5, column: null, code: 'MEASUREMENT_EMPTY_PERIOD', reason: 'period_end is before period_start' },
      ],
    };
    expect(importRejection(rejected(details), CODE)).toEqual(details);
  });

  it('is null for details of another shape, another code, another status and any other error', () => {
    expect(importRejection(rejected({ errors: [] }), CODE)).toBeNull();
    expect(importRejection(rejected({ rejectedCount: 0, rejected: [] }, 'RATINGS_IMPORT_REJECTED'), CODE)).toBeNull();
    expect(importRejection(new ApiError({ status: 422, code: 'KPI_SCALE_INVALID', message: 'no' }), CODE)).toBeNull();
    expect(importRejection(new ApiError({ status: 413, code: CODE, message: 'no' }), CODE)).toBeNull();
    expect(importRejection(new Error('boom'), CODE)).toBeNull();
  });
});
