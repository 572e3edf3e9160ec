import { endpoints, type Outcome } from '@outcome-atlas/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

export const getOutcome = (outcomeId: string, signal?: AbortSignal) => apiRequest<Outcome>(endpoints.getOutcome, { params: { outcomeId }, signal });

export const outcomeQueryOptions = (outcomeId: string) =>
  queryOptions({ queryKey: queryKeys.outcome(outcomeId), queryFn: ({ signal }) => getOutcome(outcomeId, signal) });

/** `initial` (the row from the list) shows at once while the outcome is read again. */
export const useOutcome = (outcomeId: string, initial?: Outcome) =>
  useQuery({ ...outcomeQueryOptions(outcomeId), placeholderData: initial });
