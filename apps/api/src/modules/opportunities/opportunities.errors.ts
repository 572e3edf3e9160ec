import { AppError, unprocessable } from '../../common/app-error.js';

/** Same shape as a contract validation failure (and as the ratings filters' one), naming the field: `segment`, `a` or `b`. */
export const invalidSegmentFilter = (field: string) =>
  new AppError(400, 'VALIDATION_FAILED', `Invalid query: ${field}: a saved segment is named by its id, as saved:<uuid>`, [
    { path: field, message: 'saved: must be followed by a segment id (a UUID)' },
  ]);

export const notEnoughRatings = (message: string) => unprocessable('NOT_ENOUGH_RATINGS', message);
