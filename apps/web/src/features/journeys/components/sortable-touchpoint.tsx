import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import type { AtlasTouchpoint } from '@outcome-atlas/contracts';
import { memo, useMemo } from 'react';
import { type AtlasActions, type DragData, touchpointDndId } from '../hooks/atlas-actions';
import { DragHandle } from './drag-handle';
import { TouchpointCard } from './touchpoint-card';
import { TouchpointMenu } from './touchpoint-menu';

export type SortableTouchpointProps = {
  touchpoint: AtlasTouchpoint;
  stageId: string;
  index: number;
  count: number;
  hasPreviousStage: boolean;
  hasNextStage: boolean;
  projectId: string;
  journeyId: string;
  canWrite: boolean;
  actions: AtlasActions;
};

/**
 * A card that can be dragged within and across stages (writers only). dnd-kit re-renders every sortable
 * whenever its context changes (any move re-measures the board), so everything handed to the memoized card
 * is memoized here: such a re-render costs the hooks, not the card.
 */
export const SortableTouchpoint = memo(function SortableTouchpoint(props: SortableTouchpointProps) {
  const { touchpoint, stageId, index, count, hasPreviousStage, hasNextStage, projectId, journeyId, canWrite, actions } = props;
  const data = useMemo<DragData>(() => ({ type: 'touchpoint', touchpointId: touchpoint.id, stageId }), [touchpoint.id, stageId]);
  const { setNodeRef, attributes, listeners, transform, transition, isDragging } = useSortable({ id: touchpointDndId(touchpoint.id), data, disabled: !canWrite });
  const translate = CSS.Translate.toString(transform);
  const style = useMemo(() => ({ transform: translate, transition }), [translate, transition]);
  const handle = useMemo(
    () => (canWrite ? <DragHandle label={`Drag ${touchpoint.name}`} attributes={attributes} listeners={listeners} /> : null),
    [canWrite, touchpoint.name, attributes, listeners],
  );
  const menu = useMemo(
    () => (canWrite ? <TouchpointMenu touchpoint={touchpoint} place={{ index, count, hasPreviousStage, hasNextStage }} actions={actions} /> : null),
    [canWrite, touchpoint, index, count, hasPreviousStage, hasNextStage, actions],
  );
  return (
    <TouchpointCard ref={setNodeRef} style={style} touchpoint={touchpoint} projectId={projectId} journeyId={journeyId} dragging={isDragging} handle={handle} menu={menu} />
  );
});
