import { endpoints, type JourneySummary, type UpdateJourneyRequest } from '@outcome-atlas/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { invalidateChain } from '../../../lib/invalidate-chain';

export const updateJourney = (journeyId: string, body: UpdateJourneyRequest) =>
  apiRequest<JourneySummary>(endpoints.updateJourney, { params: { journeyId }, body });

export function useUpdateJourney(projectId: string, journeyId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateJourneyRequest) => updateJourney(journeyId, body),
    meta: { handlesErrors: true },
    onSuccess: () => invalidateChain(queryClient, projectId),
  });
}
