import { endpoints, type Page, type Rating } from '@outcome-atlas/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { fetchAllPages } from '../../../lib/fetch-all-pages';
import { queryKeys } from '../../../lib/query-keys';

const PAGE_SIZE = 1000;

/** Every rating of one respondent (one per outcome they answered). */
export const getRespondentRatings = (projectId: string, respondentId: string, signal?: AbortSignal) =>
  fetchAllPages((cursor) =>
    apiRequest<Page<Rating>>(endpoints.listRatings, { params: { projectId }, query: { respondentId, limit: PAGE_SIZE, cursor }, signal }),
  );

export const respondentRatingsQueryOptions = (projectId: string, respondentId: string) =>
  queryOptions({ queryKey: queryKeys.respondentRatings(projectId, respondentId), queryFn: ({ signal }) => getRespondentRatings(projectId, respondentId, signal) });

export const useRespondentRatings = (projectId: string, respondentId: string) => useQuery(respondentRatingsQueryOptions(projectId, respondentId));
