import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { callsTo, outcome, projectId, stubApi } from '../testing/extraction-fixtures';
import { jsonResponse } from '../testing/render-with-providers';
import { getOutcomesByStatus, outcomesByStatusQueryOptions } from './outcomes-by-status';
import { queryKeys } from './query-keys';

describe('outcomes by status', () => {
  it('reads every page of the project outcomes of these statuses, in key order', async () => {
    const fetchMock = stubApi([
      {
        method: 'GET',
        path: /\/projects\/[^/]+\/outcomes$/,
        respond: (url) => jsonResponse(url.searchParams.get('cursor') ? { items: [outcome(3)], nextCursor: null } : { items: [outcome(1), outcome(2)], nextCursor: 'next' }),
      },
    ]);
    const outcomes = await getOutcomesByStatus(projectId, ['proposed', 'accepted']);
    expect(outcomes.map((item) => item.key)).toEqual(['O-1', 'O-2', 'O-3']);
    const queries = callsTo(fetchMock, 'GET', /\/outcomes$/).map(([input]) => Object.fromEntries(new URL(String(input), 'http://localhost').searchParams));
    expect(queries).toEqual([
      { status: 'proposed,accepted', sort: 'key', limit: '200' },
      { status: 'proposed,accepted', sort: 'key', limit: '200', cursor: 'next' },
    ]);
  });

  it('keeps each status set under the ratings prefix, so curating outcomes refreshes every reader', () => {
    const { queryKey } = outcomesByStatusQueryOptions(projectId, ['accepted']);
    expect(queryKey).toEqual(queryKeys.ratingOutcomes(projectId, 'accepted'));
    const queryClient = new QueryClient();
    queryClient.setQueryData(queryKey, []);
    void queryClient.invalidateQueries({ queryKey: queryKeys.allRatingOutcomes(projectId) });
    expect(queryClient.getQueryState(queryKey)?.isInvalidated).toBe(true);
  });
});
