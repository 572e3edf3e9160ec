import type { SolutionStatus } from '@outcome-atlas/contracts';
import { isSolutionStatus } from '../../../components/solution-status-badge';
import { writeSearchParams } from '../../../lib/search-params';

/** `?status=shipped`; anything else means every status. */
export const parseStatusFilter = (params: URLSearchParams): SolutionStatus | null => {
  const value = params.get('status');
  return value !== null && isSolutionStatus(value) ? value : null;
};

/** Writes the status over `previous`, leaving other parameters alone and "all" out of the URL. */
export const writeStatusFilter = (previous: URLSearchParams, status: SolutionStatus | null): URLSearchParams => writeSearchParams(previous, { status });
