import type { AtlasStage, AtlasTouchpoint, JourneyAtlas } from '@outcome-atlas/contracts';

const clamp = (value: number, min: number, max: number) => Math.min(Math.max(value, min), max);

const renumber = <T extends { position: number }>(items: readonly T[]): T[] =>
  items.map((item, position) => (item.position === position ? item : { ...item, position }));

export type TouchpointPlace = { stage: AtlasStage; stageIndex: number; touchpoint: AtlasTouchpoint; index: number };

export function findTouchpoint(atlas: JourneyAtlas, touchpointId: string): TouchpointPlace | null {
  for (const [stageIndex, stage] of atlas.stages.entries()) {
    const index = stage.touchpoints.findIndex((touchpoint) => touchpoint.id === touchpointId);
    if (index >= 0) return { stage, stageIndex, touchpoint: stage.touchpoints[index]!, index };
  }
  return null;
}

/** The stages in a new order: `stageId` at `toIndex` (clamped), the others shifted; positions renumbered. */
export function moveStageInAtlas(atlas: JourneyAtlas, stageId: string, toIndex: number): JourneyAtlas {
  const from = atlas.stages.findIndex((stage) => stage.id === stageId);
  if (from < 0) return atlas;
  const to = clamp(toIndex, 0, atlas.stages.length - 1);
  if (from === to) return atlas;
  const stages = [...atlas.stages];
  const [moved] = stages.splice(from, 1);
  stages.splice(to, 0, moved!);
  return { ...atlas, stages: renumber(stages) };
}

/**
 * The touchpoint taken out of its stage and put at `toIndex` (clamped) of `toStageId`, as the API does:
 * `position` is the 0-based place among the target stage's touchpoints after the move, the others shift.
 * Stages that did not change keep their identity, so memoized columns do not re-render.
 */
export function moveTouchpointInAtlas(atlas: JourneyAtlas, touchpointId: string, toStageId: string, toIndex: number): JourneyAtlas {
  const place = findTouchpoint(atlas, touchpointId);
  const target = atlas.stages.find((stage) => stage.id === toStageId);
  if (!place || !target) return atlas;
  const sameStage = place.stage.id === toStageId;
  const remaining = place.stage.touchpoints.filter((touchpoint) => touchpoint.id !== touchpointId);
  const destination = sameStage ? remaining : [...target.touchpoints];
  const to = clamp(toIndex, 0, destination.length);
  if (sameStage && to === place.index) return atlas;
  destination.splice(to, 0, sameStage ? place.touchpoint : { ...place.touchpoint, stageId: toStageId });
  return {
    ...atlas,
    stages: atlas.stages.map((stage) => {
      if (stage.id === toStageId) return { ...stage, touchpoints: renumber(destination) };
      if (stage.id === place.stage.id) return { ...stage, touchpoints: renumber(remaining) };
      return stage;
    }),
  };
}

export type Nudge = 'up' | 'down' | 'left' | 'right';

/**
 * Where a menu move takes a touchpoint: up/down within its stage, left/right to the neighbouring stage at
 * the same row (or the end when that stage is shorter). Null when it cannot go that way.
 */
export function nudgeTarget(atlas: JourneyAtlas, touchpointId: string, direction: Nudge): { stageId: string; index: number } | null {
  const place = findTouchpoint(atlas, touchpointId);
  if (!place) return null;
  if (direction === 'up') return place.index > 0 ? { stageId: place.stage.id, index: place.index - 1 } : null;
  if (direction === 'down') return place.index < place.stage.touchpoints.length - 1 ? { stageId: place.stage.id, index: place.index + 1 } : null;
  const neighbour = atlas.stages[place.stageIndex + (direction === 'left' ? -1 : 1)];
  if (!neighbour) return null;
  return { stageId: neighbour.id, index: Math.min(place.index, neighbour.touchpoints.length) };
}

/** The stages in the order of `stageIds` (as sent to the API); stages it does not name keep their place at the end. */
export function applyStageOrder(atlas: JourneyAtlas, stageIds: readonly string[]): JourneyAtlas {
  const rank = new Map(stageIds.map((id, index) => [id, index]));
  const stages = [...atlas.stages].sort((a, b) => (rank.get(a.id) ?? stageIds.length) - (rank.get(b.id) ?? stageIds.length));
  return { ...atlas, stages: renumber(stages) };
}
