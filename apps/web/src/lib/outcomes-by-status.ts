import { endpoints, type Outcome, type OutcomeStatus, type Page } from '@outcome-atlas/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from './api-client';
import { ALL_PAGES_SIZE, fetchAllPages } from './fetch-all-pages';
import { queryKeys } from './query-keys';

const ACCEPTED: readonly OutcomeStatus[] = ['accepted'];

/** The project's outcomes of these statuses in key order, all of them. */
export const getOutcomesByStatus = (projectId: string, statuses: readonly OutcomeStatus[], signal?: AbortSignal) =>
  fetchAllPages((cursor) =>
    apiRequest<Page<Outcome>>(endpoints.listProjectOutcomes, {
      params: { projectId },
      query: { status: statuses.join(','), sort: 'key', limit: ALL_PAGES_SIZE, cursor },
      signal,
    }),
  );

// One key per status set, under the ratings page's prefix, so outcome curation refreshes every page that reads them.
export const outcomesByStatusQueryOptions = (projectId: string, statuses: readonly OutcomeStatus[]) =>
  queryOptions({ queryKey: queryKeys.ratingOutcomes(projectId, statuses.join(',')), queryFn: ({ signal }) => getOutcomesByStatus(projectId, statuses, signal) });

/** The accepted outcomes: the opportunities respondents rate, KPIs measure and solutions target. */
export const useAcceptedOutcomes = (projectId: string, enabled = true) => useQuery({ ...outcomesByStatusQueryOptions(projectId, ACCEPTED), enabled });
