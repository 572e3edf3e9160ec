import { endpoints, type CreateHighlightRequest, type Highlight } from '@outcome-atlas/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { invalidateHighlightViews } from './invalidate-highlight-views';

export const createHighlight = (interviewId: string, body: CreateHighlightRequest) =>
  apiRequest<Highlight>(endpoints.createHighlight, { params: { interviewId }, body });

export function useCreateHighlight(interviewId: string, projectId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateHighlightRequest) => createHighlight(interviewId, body),
    meta: { handlesErrors: true },
    onSuccess: () => invalidateHighlightViews(queryClient, interviewId, projectId),
  });
}
