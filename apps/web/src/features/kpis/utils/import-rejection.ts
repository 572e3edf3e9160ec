import { type ImportRejectionDetails, importRejectionDetailsSchema } from '@outcome-atlas/contracts';
import { isApiError } from '../../../lib/api-error';

export const IMPORT_REJECTED = 'KPI_IMPORT_REJECTED';

/** The rejected lines of a 422 KPI_IMPORT_REJECTED (the shared import-rejection details), or null for any other error. */
export function importRejection(error: unknown): ImportRejectionDetails | null {
  if (!isApiError(error) || error.status !== 422 || error.code !== IMPORT_REJECTED) return null;
  const parsed = importRejectionDetailsSchema.safeParse(error.details);
  return parsed.success ? parsed.data : null;
}
