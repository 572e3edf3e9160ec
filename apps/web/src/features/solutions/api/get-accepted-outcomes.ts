import { endpoints, type Outcome, type Page } from '@outcome-atlas/contracts';
import { useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';
import { ALL_PAGES_SIZE, fetchAllPages } from './fetch-all-pages';

const ACCEPTED = 'accepted';

/** The project's accepted outcomes in key order, all of them: the opportunities a solution can target. */
export const getAcceptedOutcomes = (projectId: string, signal?: AbortSignal) =>
  fetchAllPages((cursor) =>
    apiRequest<Page<Outcome>>(endpoints.listProjectOutcomes, { params: { projectId }, query: { status: ACCEPTED, sort: 'key', limit: ALL_PAGES_SIZE, cursor }, signal }),
  );

// The same list (and key) the ratings page reads, so outcome curation refreshes it for both.
export const useAcceptedOutcomes = (projectId: string, enabled = true) =>
  useQuery({ queryKey: queryKeys.ratingOutcomes(projectId, ACCEPTED), queryFn: ({ signal }) => getAcceptedOutcomes(projectId, signal), enabled });
