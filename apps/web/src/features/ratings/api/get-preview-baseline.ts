import { endpoints, type OpportunityBacklog } from '@outcome-atlas/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';
import type { AggregateScores, Answers } from '../utils/opportunity-preview';
import { getRespondentRatings } from './get-respondent-ratings';

const PAGE_SIZE = 200;

/**
 * What the live preview starts from: the project-wide scores of every rated outcome, and this respondent's
 * answers as they stood when those scores were read (the answers the scores already include). Both are read
 * together, so the preview can swap this respondent's answers without counting them twice.
 */
export type PreviewBaseline = {
  aggregates: ReadonlyMap<string, AggregateScores>;
  included: ReadonlyMap<string, Answers>;
  /** Respondents the scores are computed over. */
  respondents: number;
};

async function getAllOpportunities(projectId: string, signal?: AbortSignal) {
  const aggregates = new Map<string, AggregateScores>();
  let page: OpportunityBacklog | undefined;
  do {
    const cursor: string | undefined = page?.nextCursor ?? undefined;
    page = await apiRequest<OpportunityBacklog>(endpoints.listOpportunities, { params: { projectId }, query: { limit: PAGE_SIZE, cursor }, signal });
    for (const item of page.items) aggregates.set(item.outcomeId, item);
  } while (page.nextCursor !== null);
  return { aggregates, respondents: page.respondents };
}

export async function getPreviewBaseline(projectId: string, respondentId: string, signal?: AbortSignal): Promise<PreviewBaseline> {
  const [scores, ratings] = await Promise.all([getAllOpportunities(projectId, signal), getRespondentRatings(projectId, respondentId, signal)]);
  const included = new Map(ratings.map((rating) => [rating.outcomeId, { importance: rating.importance, satisfaction: rating.satisfaction }]));
  return { ...scores, included };
}

/**
 * Read once per respondent session and not refetched while rating (the preview adds the answers on screen
 * itself); switching respondent reads it afresh.
 */
export const previewBaselineQueryOptions = (projectId: string, respondentId: string) =>
  queryOptions({
    queryKey: queryKeys.ratingPreviewBaseline(projectId, respondentId),
    queryFn: ({ signal }) => getPreviewBaseline(projectId, respondentId, signal),
    staleTime: Infinity,
    gcTime: 0,
  });

export const usePreviewBaseline = (projectId: string, respondentId: string) => useQuery(previewBaselineQueryOptions(projectId, respondentId));
