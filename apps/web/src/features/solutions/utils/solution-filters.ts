import { SOLUTION_STATUSES, type SolutionStatus } from '@outcome-atlas/contracts';

const isStatus = (value: string | null): value is SolutionStatus => value !== null && (SOLUTION_STATUSES as readonly string[]).includes(value);

/** `?status=shipped`; anything else means every status. */
export const parseStatusFilter = (params: URLSearchParams): SolutionStatus | null => {
  const value = params.get('status');
  return isStatus(value) ? value : null;
};

/** Writes the status over `previous`, leaving other parameters alone and "all" out of the URL. */
export function writeStatusFilter(previous: URLSearchParams, status: SolutionStatus | null): URLSearchParams {
  const next = new URLSearchParams(previous);
  if (status) next.set('status', status);
  else next.delete('status');
  return next;
}
