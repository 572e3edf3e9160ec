import { endpoints, type JourneyAtlas, type JourneyStage, type Touchpoint } from '@outcome-atlas/contracts';
import { type QueryClient, useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { notifyError } from '../../../lib/notify';
import { queryKeys } from '../../../lib/query-keys';
import { applyStageOrder, moveTouchpointInAtlas } from '../utils/atlas-order';

export type MoveTouchpointInput = { touchpointId: string; stageId: string; position: number };

export const moveTouchpoint = ({ touchpointId, stageId, position }: MoveTouchpointInput) =>
  apiRequest<Touchpoint>(endpoints.updateTouchpoint, { params: { touchpointId }, body: { stageId, position } });

export const reorderStages = (journeyId: string, stageIds: string[]) =>
  apiRequest<{ items: JourneyStage[] }>(endpoints.reorderStages, { params: { journeyId }, body: { stageIds } });

const moveKey = (journeyId: string) => ['atlas-moves', journeyId] as const;

/**
 * Moves show on the map at once; a failed one puts the map back as it was and says why. The atlas is
 * refetched (with everything else in the chain) only when the last of several quick moves has settled,
 * so an early answer cannot briefly undo a later move that is still on its way.
 */
function useOptimisticAtlasMutation<Input, Result>(
  projectId: string,
  journeyId: string,
  request: (input: Input) => Promise<Result>,
  apply: (atlas: JourneyAtlas, input: Input) => JourneyAtlas,
  failureTitle: string,
) {
  const queryClient = useQueryClient();
  const atlasKey = queryKeys.journey(projectId, journeyId);
  return useMutation({
    mutationKey: moveKey(journeyId),
    mutationFn: request,
    meta: { handlesErrors: true },
    onMutate: async (input: Input) => {
      await queryClient.cancelQueries({ queryKey: atlasKey });
      const previous = queryClient.getQueryData<JourneyAtlas>(atlasKey);
      if (previous) queryClient.setQueryData(atlasKey, apply(previous, input));
      return { previous };
    },
    onError: (error, _input, context) => {
      if (context?.previous) queryClient.setQueryData(atlasKey, context.previous);
      notifyError(error, failureTitle);
    },
    onSettled: () => refreshWhenIdle(queryClient, projectId, journeyId),
  });
}

function refreshWhenIdle(queryClient: QueryClient, projectId: string, journeyId: string) {
  // This mutation still counts as pending while onSettled runs.
  if (queryClient.isMutating({ mutationKey: moveKey(journeyId) }) > 1) return Promise.resolve();
  return queryClient.invalidateQueries({ queryKey: queryKeys.chain(projectId) });
}

export const useMoveTouchpoint = (projectId: string, journeyId: string) =>
  useOptimisticAtlasMutation(
    projectId,
    journeyId,
    moveTouchpoint,
    (atlas, { touchpointId, stageId, position }: MoveTouchpointInput) => moveTouchpointInAtlas(atlas, touchpointId, stageId, position),
    'Could not move the touchpoint',
  );

export const useReorderStages = (projectId: string, journeyId: string) =>
  useOptimisticAtlasMutation(
    projectId,
    journeyId,
    (stageIds: string[]) => reorderStages(journeyId, stageIds),
    (atlas, stageIds: string[]) => applyStageOrder(atlas, stageIds),
    'Could not reorder the stages',
  );
