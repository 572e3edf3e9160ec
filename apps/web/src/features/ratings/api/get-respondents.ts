import { endpoints, type Page, type Respondent } from '@outcome-atlas/contracts';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

const PAGE_SIZE = 50;

/** Respondents whose external id starts with `q` (all when empty), first page only: the picker narrows by typing. */
export const getRespondents = (projectId: string, q: string, signal?: AbortSignal) =>
  apiRequest<Page<Respondent>>(endpoints.listRespondents, { params: { projectId }, query: { limit: PAGE_SIZE, q: q.trim() || undefined }, signal });

export const respondentsQueryOptions = (projectId: string, q: string) =>
  queryOptions({ queryKey: queryKeys.respondentList(projectId, q.trim()), queryFn: ({ signal }) => getRespondents(projectId, q, signal) });

export const useRespondents = (projectId: string, q: string) => useQuery({ ...respondentsQueryOptions(projectId, q), placeholderData: keepPreviousData });
