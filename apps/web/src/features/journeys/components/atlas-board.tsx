import { DndContext, DragOverlay } from '@dnd-kit/core';
import { horizontalListSortingStrategy, SortableContext } from '@dnd-kit/sortable';
import { Paper, Title } from '@mantine/core';
import type { JourneyAtlas } from '@outcome-atlas/contracts';
import { useMemo } from 'react';
import { type AtlasActions, stageDndId } from '../hooks/atlas-actions';
import { useAtlasDnd } from '../hooks/use-atlas-dnd';
import { findTouchpoint } from '../utils/atlas-order';
import classes from './atlas.module.css';
import { StageColumn } from './stage-column';
import { TouchpointCard } from './touchpoint-card';

type AtlasBoardProps = { atlas: JourneyAtlas; projectId: string; canWrite: boolean; actions: AtlasActions };

/** Stages side by side (the board scrolls sideways), touchpoints as cards; drag handles and menus move them. */
export function AtlasBoard({ atlas, projectId, canWrite, actions }: AtlasBoardProps) {
  const dnd = useAtlasDnd(atlas, actions);
  const stageIds = useMemo(() => atlas.stages.map((stage) => stageDndId(stage.id)), [atlas.stages]);

  return (
    <DndContext {...dnd.contextProps}>
      <SortableContext items={stageIds} strategy={horizontalListSortingStrategy}>
        <div className={classes.board} role="group" aria-label={`Stages of ${atlas.name}`} data-testid="atlas-board">
          {atlas.stages.map((stage, index) => (
            <StageColumn key={stage.id} stage={stage} index={index} count={atlas.stages.length} projectId={projectId} journeyId={atlas.id} canWrite={canWrite} actions={actions} />
          ))}
        </div>
      </SortableContext>
      <DragOverlay dropAnimation={null}>
        <DragPreview atlas={atlas} projectId={projectId} active={dnd.active} />
      </DragOverlay>
    </DndContext>
  );
}

/** What follows the pointer: a copy of the card, or the stage's name (the column itself stays in place). */
function DragPreview({ atlas, projectId, active }: { atlas: JourneyAtlas; projectId: string; active: ReturnType<typeof useAtlasDnd>['active'] }) {
  if (!active) return null;
  if (active.type === 'touchpoint') {
    const place = findTouchpoint(atlas, active.touchpointId);
    return place ? <TouchpointCard touchpoint={place.touchpoint} projectId={projectId} journeyId={atlas.id} className={classes.overlay} /> : null;
  }
  const stage = atlas.stages.find((candidate) => candidate.id === active.stageId);
  return stage ? (
    <Paper withBorder p="xs" w={300} className={classes.overlay}>
      <Title order={3} size="h5">
        {stage.name}
      </Title>
    </Paper>
  ) : null;
}
