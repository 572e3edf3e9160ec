import type { QueryClient } from '@tanstack/react-query';
import { queryKeys } from '../../../lib/query-keys';

/** Tag changes show in the taxonomy, tag boards, every reader (tag badges) and interview filters. */
export function invalidateTagViews(queryClient: QueryClient, projectId: string) {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: queryKeys.tags(projectId) }),
    queryClient.invalidateQueries({ queryKey: queryKeys.tagBoards }),
    queryClient.invalidateQueries({ queryKey: ['interviews'] }),
    queryClient.invalidateQueries({ queryKey: queryKeys.interviews(projectId) }),
  ]);
}
