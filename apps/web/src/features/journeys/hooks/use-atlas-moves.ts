import type { JourneyAtlas } from '@outcome-atlas/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { queryKeys } from '../../../lib/query-keys';
import { useMoveTouchpoint, useReorderStages } from '../api/move-atlas-items';
import { findTouchpoint, moveStageInAtlas, moveTouchpointInAtlas, type Nudge, nudgeTarget } from '../utils/atlas-order';

export type AtlasMoves = {
  /** Puts the touchpoint at the 0-based `index` of the stage (clamped); no request when nothing changes. */
  moveTouchpoint: (touchpointId: string, stageId: string, index: number) => void;
  nudgeTouchpoint: (touchpointId: string, direction: Nudge) => void;
  moveStage: (stageId: string, toIndex: number) => void;
};

/**
 * Moves by drag, keyboard or menu. Each reads the atlas as cached at that moment (so the callbacks stay
 * stable and memoized cards do not re-render), applies the move there at once and sends it to the API.
 * `announcement` says what happened, for a polite live region.
 */
export function useAtlasMoves(projectId: string, journeyId: string) {
  const queryClient = useQueryClient();
  const { mutate: sendTouchpointMove } = useMoveTouchpoint(projectId, journeyId);
  const { mutate: sendStageOrder } = useReorderStages(projectId, journeyId);
  const [announcement, setAnnouncement] = useState('');

  const moves = useMemo<AtlasMoves>(() => {
    const current = () => queryClient.getQueryData<JourneyAtlas>(queryKeys.journey(projectId, journeyId));

    const moveTouchpoint = (touchpointId: string, stageId: string, index: number) => {
      const atlas = current();
      if (!atlas) return;
      const next = moveTouchpointInAtlas(atlas, touchpointId, stageId, index);
      const place = next === atlas ? null : findTouchpoint(next, touchpointId);
      if (!place) return;
      sendTouchpointMove({ touchpointId, stageId, position: place.index });
      setAnnouncement(`${place.touchpoint.name} moved to ${place.stage.name}, position ${place.index + 1} of ${place.stage.touchpoints.length}.`);
    };

    return {
      moveTouchpoint,
      nudgeTouchpoint: (touchpointId, direction) => {
        const atlas = current();
        const target = atlas ? nudgeTarget(atlas, touchpointId, direction) : null;
        if (target) moveTouchpoint(touchpointId, target.stageId, target.index);
      },
      moveStage: (stageId, toIndex) => {
        const atlas = current();
        if (!atlas) return;
        const next = moveStageInAtlas(atlas, stageId, toIndex);
        if (next === atlas) return;
        sendStageOrder(next.stages.map((stage) => stage.id));
        const index = next.stages.findIndex((stage) => stage.id === stageId);
        setAnnouncement(`Stage ${next.stages[index]?.name ?? ''} moved to position ${index + 1} of ${next.stages.length}.`);
      },
    };
  }, [queryClient, projectId, journeyId, sendTouchpointMove, sendStageOrder]);

  return { moves, announcement };
}
