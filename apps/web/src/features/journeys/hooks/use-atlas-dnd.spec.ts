import { describe, expect, it } from 'vitest';
import { atlasStage, atlasTouchpoint, journeyAtlas, stageId, touchpointId } from '../testing/atlas-fixtures';
import { dropTarget } from './use-atlas-dnd';

const atlas = journeyAtlas([
  atlasStage(0, 'Discover', [atlasTouchpoint(0, 0), atlasTouchpoint(0, 1), atlasTouchpoint(0, 2)]),
  atlasStage(1, 'Buy', [atlasTouchpoint(1, 0)]),
]);
const card = (stage: number, index: number) => ({ type: 'touchpoint' as const, touchpointId: touchpointId(stage, index), stageId: stageId(stage) });
const column = (stage: number) => ({ type: 'stage' as const, stageId: stageId(stage) });

describe('dropTarget', () => {
  it('puts a card at the place of the card it is dropped on, in that card’s stage', () => {
    expect(dropTarget(atlas, card(0, 0), card(0, 2))).toEqual({ kind: 'touchpoint', touchpointId: touchpointId(0, 0), stageId: stageId(0), index: 2 });
    expect(dropTarget(atlas, card(0, 1), card(1, 0))).toEqual({ kind: 'touchpoint', touchpointId: touchpointId(0, 1), stageId: stageId(1), index: 0 });
  });

  it('puts a card dropped on a column (not on a card) at that column’s end', () => {
    expect(dropTarget(atlas, card(0, 0), column(1))).toEqual({ kind: 'touchpoint', touchpointId: touchpointId(0, 0), stageId: stageId(1), index: 1 });
  });

  it('moves a stage to the place of the stage it is dropped on, and ignores stages dropped on cards or nowhere', () => {
    expect(dropTarget(atlas, column(0), column(1))).toEqual({ kind: 'stage', stageId: stageId(0), index: 1 });
    expect(dropTarget(atlas, column(0), card(1, 0))).toBeNull();
    expect(dropTarget(atlas, column(0), null)).toBeNull();
    expect(dropTarget(atlas, card(0, 0), { type: 'stage', stageId: 'gone' })).toBeNull();
  });
});
