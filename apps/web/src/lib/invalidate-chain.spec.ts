import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { invalidateChain } from './invalidate-chain';
import { queryKeys } from './query-keys';

describe('invalidateChain', () => {
  it('marks every chain view and the opportunity scores of the project stale, and nothing else', async () => {
    const queryClient = new QueryClient();
    const keys = {
      atlas: [...queryKeys.chain('p1'), 'journey', 'j1'],
      backlog: [...queryKeys.opportunityScores('p1'), 'backlog'],
      otherProject: [...queryKeys.chain('p2'), 'journey', 'j2'],
      interviews: ['projects', 'p1', 'interviews'],
    };
    for (const key of Object.values(keys)) queryClient.setQueryData(key, 'cached');
    await invalidateChain(queryClient, 'p1');
    const stale = (key: readonly unknown[]) => queryClient.getQueryState(key)?.isInvalidated;
    expect(stale(keys.atlas)).toBe(true);
    expect(stale(keys.backlog)).toBe(true);
    expect(stale(keys.otherProject)).toBe(false);
    expect(stale(keys.interviews)).toBe(false);
  });
});
