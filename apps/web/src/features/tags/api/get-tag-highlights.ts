import { endpoints, type Page, type TagBoardItem } from '@outcome-atlas/contracts';
import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

const PAGE_SIZE = 50;

export const getTagHighlights = (tagId: string, cursor: string | undefined, signal?: AbortSignal) =>
  apiRequest<Page<TagBoardItem>>(endpoints.listTagHighlights, { params: { tagId }, query: { limit: PAGE_SIZE, cursor }, signal });

export const tagHighlightsQueryOptions = (tagId: string) =>
  infiniteQueryOptions({
    queryKey: queryKeys.tagBoard(tagId),
    queryFn: ({ pageParam, signal }) => getTagHighlights(tagId, pageParam, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (lastPage) => lastPage.nextCursor ?? undefined,
  });

export const useTagHighlights = (tagId: string) => useInfiniteQuery(tagHighlightsQueryOptions(tagId));
