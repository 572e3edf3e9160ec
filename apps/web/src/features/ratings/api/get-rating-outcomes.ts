import { endpoints, type Outcome, type OutcomeStatus, type Page } from '@outcome-atlas/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';
import { fetchAllPages } from './fetch-all-pages';

const PAGE_SIZE = 200;

/** Respondents rate the accepted outcomes; a survey file may also name proposed or rejected ones (not merged ones). */
export const RATED_STATUSES: readonly OutcomeStatus[] = ['accepted'];
export const IMPORTABLE_STATUSES: readonly OutcomeStatus[] = ['proposed', 'accepted', 'rejected'];

/** The project's outcomes of these statuses in key order, all of them. */
export const getRatingOutcomes = (projectId: string, statuses: readonly OutcomeStatus[], signal?: AbortSignal) =>
  fetchAllPages((cursor) =>
    apiRequest<Page<Outcome>>(endpoints.listProjectOutcomes, {
      params: { projectId },
      query: { status: statuses.join(','), sort: 'key', limit: PAGE_SIZE, cursor },
      signal,
    }),
  );

export const ratingOutcomesQueryOptions = (projectId: string, statuses: readonly OutcomeStatus[]) =>
  queryOptions({ queryKey: queryKeys.ratingOutcomes(projectId, statuses.join(',')), queryFn: ({ signal }) => getRatingOutcomes(projectId, statuses, signal) });

export const useRatingOutcomes = (projectId: string, statuses: readonly OutcomeStatus[] = RATED_STATUSES) => useQuery(ratingOutcomesQueryOptions(projectId, statuses));
