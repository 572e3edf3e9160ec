import { type ImportRejectionDetails, importRejectionDetailsSchema } from '@outcome-atlas/contracts';
import { isApiError } from './api-error';

/** The rejected lines of a 422 with this code (RATINGS_IMPORT_REJECTED, KPI_IMPORT_REJECTED: one shared shape), or null for any other error. */
export function importRejection(error: unknown, code: string): ImportRejectionDetails | null {
  if (!isApiError(error) || error.status !== 422 || error.code !== code) return null;
  const parsed = importRejectionDetailsSchema.safeParse(error.details);
  return parsed.success ? parsed.data : null;
}
