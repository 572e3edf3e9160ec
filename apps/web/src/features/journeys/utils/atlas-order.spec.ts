import { describe, expect, it } from 'vitest';
import { atlasStage, atlasTouchpoint, journeyAtlas, stageId, touchpointId } from '../testing/atlas-fixtures';
import { applyStageOrder, findTouchpoint, moveStageInAtlas, moveTouchpointInAtlas, nudgeTarget } from './atlas-order';

const atlas = journeyAtlas([
  atlasStage(0, 'Discover', [atlasTouchpoint(0, 0), atlasTouchpoint(0, 1), atlasTouchpoint(0, 2)]),
  atlasStage(1, 'Buy', [atlasTouchpoint(1, 0)]),
  atlasStage(2, 'Onboard', []),
]);
const names = (value: typeof atlas) => value.stages.map((stage) => stage.touchpoints.map((touchpoint) => touchpoint.name));
const positions = (value: typeof atlas) => value.stages.map((stage) => stage.touchpoints.map((touchpoint) => touchpoint.position));

describe('moveTouchpointInAtlas', () => {
  it('moves down within a stage and renumbers positions', () => {
    const next = moveTouchpointInAtlas(atlas, touchpointId(0, 0), stageId(0), 1);
    expect(names(next)[0]).toEqual(['Touchpoint 0.1', 'Touchpoint 0.0', 'Touchpoint 0.2']);
    expect(positions(next)[0]).toEqual([0, 1, 2]);
  });

  it('moves across stages, inserting before the touchpoint at that place and taking the new stage id', () => {
    const next = moveTouchpointInAtlas(atlas, touchpointId(0, 2), stageId(1), 0);
    expect(names(next)).toEqual([['Touchpoint 0.0', 'Touchpoint 0.1'], ['Touchpoint 0.2', 'Touchpoint 1.0'], []]);
    expect(positions(next)).toEqual([[0, 1], [0, 1], []]);
    expect(findTouchpoint(next, touchpointId(0, 2))?.touchpoint.stageId).toBe(stageId(1));
  });

  it('clamps a place past the end to the end, and moves into an empty stage', () => {
    expect(names(moveTouchpointInAtlas(atlas, touchpointId(0, 0), stageId(0), 99))[0]).toEqual(['Touchpoint 0.1', 'Touchpoint 0.2', 'Touchpoint 0.0']);
    expect(names(moveTouchpointInAtlas(atlas, touchpointId(0, 0), stageId(2), 5))[2]).toEqual(['Touchpoint 0.0']);
  });

  it('returns the same atlas when nothing moves or an id is unknown, and keeps untouched stages as they were', () => {
    expect(moveTouchpointInAtlas(atlas, touchpointId(0, 1), stageId(0), 1)).toBe(atlas);
    expect(moveTouchpointInAtlas(atlas, 'unknown', stageId(0), 1)).toBe(atlas);
    expect(moveTouchpointInAtlas(atlas, touchpointId(0, 1), 'unknown', 1)).toBe(atlas);
    const next = moveTouchpointInAtlas(atlas, touchpointId(0, 2), stageId(0), 1);
    expect(names(next)[0]).toEqual(['Touchpoint 0.0', 'Touchpoint 0.2', 'Touchpoint 0.1']);
    expect(next.stages[1]).toBe(atlas.stages[1]);
    expect(next.stages[0]!.touchpoints[0]).toBe(atlas.stages[0]!.touchpoints[0]);
  });
});

describe('nudgeTarget', () => {
  it.each([
    ['up from the top', touchpointId(0, 0), 'up', null],
    ['up', touchpointId(0, 1), 'up', { stageId: stageId(0), index: 0 }],
    ['down', touchpointId(0, 1), 'down', { stageId: stageId(0), index: 2 }],
    ['down from the bottom', touchpointId(0, 2), 'down', null],
    ['left from the first stage', touchpointId(0, 0), 'left', null],
    ['right to a shorter stage (its end)', touchpointId(0, 2), 'right', { stageId: stageId(1), index: 1 }],
    ['right at the same row', touchpointId(0, 0), 'right', { stageId: stageId(1), index: 0 }],
    ['left', touchpointId(1, 0), 'left', { stageId: stageId(0), index: 0 }],
  ] as const)('%s', (_case, id, direction, expected) => {
    expect(nudgeTarget(atlas, id, direction)).toEqual(expected);
  });
});

describe('stage order', () => {
  it('moves a stage and renumbers', () => {
    const next = moveStageInAtlas(atlas, stageId(0), 2);
    expect(next.stages.map((stage) => [stage.name, stage.position])).toEqual([
      ['Buy', 0],
      ['Onboard', 1],
      ['Discover', 2],
    ]);
    expect(moveStageInAtlas(atlas, stageId(1), 1)).toBe(atlas);
  });

  it('applies an order of ids, keeping unnamed stages at the end', () => {
    expect(applyStageOrder(atlas, [stageId(2), stageId(0)]).stages.map((stage) => stage.name)).toEqual(['Onboard', 'Discover', 'Buy']);
  });
});
