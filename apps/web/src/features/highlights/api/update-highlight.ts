import { endpoints, type Highlight, type UpdateHighlightRequest } from '@outcome-atlas/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { invalidateHighlightViews } from './invalidate-highlight-views';

export const updateHighlight = (highlightId: string, body: UpdateHighlightRequest) =>
  apiRequest<Highlight>(endpoints.updateHighlight, { params: { highlightId }, body });

export function useUpdateHighlight(interviewId: string, projectId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ highlightId, body }: { highlightId: string; body: UpdateHighlightRequest }) => updateHighlight(highlightId, body),
    meta: { handlesErrors: true },
    onSuccess: () => invalidateHighlightViews(queryClient, interviewId, projectId),
  });
}
