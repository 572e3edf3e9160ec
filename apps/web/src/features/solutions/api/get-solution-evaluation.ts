import { endpoints, type SolutionEvaluation } from '@outcome-atlas/contracts';
import { useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

export const getSolutionEvaluation = (solutionId: string, signal?: AbortSignal) =>
  apiRequest<SolutionEvaluation>(endpoints.getSolutionEvaluation, { params: { solutionId }, signal });

/** The expected KPI before and after the ship date, and the verdict. */
export const useSolutionEvaluation = (projectId: string, solutionId: string) =>
  useQuery({ queryKey: queryKeys.solutionEvaluation(projectId, solutionId), queryFn: ({ signal }) => getSolutionEvaluation(solutionId, signal) });
