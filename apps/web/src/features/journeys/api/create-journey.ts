import { type CreateJourneyRequest, endpoints, type JourneyAtlas } from '@outcome-atlas/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { invalidateChain } from '../../../lib/invalidate-chain';
import { queryKeys } from '../../../lib/query-keys';

export const createJourney = (projectId: string, body: CreateJourneyRequest) =>
  apiRequest<JourneyAtlas>(endpoints.createJourney, { params: { projectId }, body });

export function useCreateJourney(projectId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateJourneyRequest) => createJourney(projectId, body),
    meta: { handlesErrors: true },
    onSuccess: async (atlas) => {
      // The answer is the new atlas: the map opens without a second request.
      queryClient.setQueryData(queryKeys.journey(projectId, atlas.id), atlas);
      await invalidateChain(queryClient, projectId);
    },
  });
}
