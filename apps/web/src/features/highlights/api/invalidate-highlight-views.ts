import type { QueryClient } from '@tanstack/react-query';
import { queryKeys } from '../../../lib/query-keys';

/** A highlight change shows up in the reader, tag counts, tag boards and the interview list. */
export function invalidateHighlightViews(queryClient: QueryClient, interviewId: string, projectId: string) {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: queryKeys.interview(interviewId) }),
    queryClient.invalidateQueries({ queryKey: queryKeys.tags(projectId) }),
    queryClient.invalidateQueries({ queryKey: queryKeys.interviews(projectId) }),
    queryClient.invalidateQueries({ queryKey: queryKeys.tagBoards }),
  ]);
}
