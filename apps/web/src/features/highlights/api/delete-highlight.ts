import { endpoints, type InterviewDetail } from '@outcome-atlas/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';
import { invalidateHighlightViews } from './invalidate-highlight-views';

export const deleteHighlight = (highlightId: string) => apiRequest<void>(endpoints.deleteHighlight, { params: { highlightId } });

export function useDeleteHighlight(interviewId: string, projectId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteHighlight,
    onSuccess: async (_result, highlightId) => {
      queryClient.setQueryData<InterviewDetail>(queryKeys.interview(interviewId), (previous) =>
        previous ? { ...previous, highlights: previous.highlights.filter((highlight) => highlight.id !== highlightId) } : previous,
      );
      await invalidateHighlightViews(queryClient, interviewId, projectId);
    },
  });
}
