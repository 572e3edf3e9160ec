import {
  type Announcements,
  closestCenter,
  closestCorners,
  type CollisionDetection,
  type DragEndEvent,
  type DragStartEvent,
  KeyboardSensor,
  PointerSensor,
  pointerWithin,
  useSensor,
  useSensors,
} from '@dnd-kit/core';
import { sortableKeyboardCoordinates } from '@dnd-kit/sortable';
import type { JourneyAtlas } from '@outcome-atlas/contracts';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { DragData } from './atlas-actions';
import type { AtlasMoves } from './use-atlas-moves';

const dragData = (value: unknown): DragData | null => {
  if (typeof value !== 'object' || value === null || !('type' in value)) return null;
  return value.type === 'stage' || value.type === 'touchpoint' ? (value as DragData) : null;
};

/**
 * Stages only collide with stages. A touchpoint lands on the card under the pointer, else on the column under
 * it (its end); with the keyboard (no pointer) on the nearest card, else the nearest column.
 */
export const atlasCollisionDetection: CollisionDetection = (args) => {
  const ofType = (type: DragData['type']) => args.droppableContainers.filter((container) => dragData(container.data.current)?.type === type);
  const stages = ofType('stage');
  if (dragData(args.active.data.current)?.type === 'stage') return closestCenter({ ...args, droppableContainers: stages });
  const cards = ofType('touchpoint');
  if (args.pointerCoordinates) {
    const onCard = pointerWithin({ ...args, droppableContainers: cards });
    return onCard.length > 0 ? onCard : pointerWithin({ ...args, droppableContainers: stages });
  }
  const nearCard = closestCorners({ ...args, droppableContainers: cards });
  return nearCard.length > 0 ? nearCard : closestCorners({ ...args, droppableContainers: stages });
};

/** Where a drop puts the dragged item, as a move; null when the drop changes nothing or lands nowhere. */
export function dropTarget(atlas: JourneyAtlas, active: DragData, over: DragData | null) {
  if (!over) return null;
  if (active.type === 'stage') {
    if (over.type !== 'stage') return null;
    return { kind: 'stage' as const, stageId: active.stageId, index: atlas.stages.findIndex((stage) => stage.id === over.stageId) };
  }
  const stage = atlas.stages.find((candidate) => candidate.id === over.stageId);
  if (!stage) return null;
  const index = over.type === 'touchpoint' ? stage.touchpoints.findIndex((touchpoint) => touchpoint.id === over.touchpointId) : stage.touchpoints.length;
  return { kind: 'touchpoint' as const, touchpointId: active.touchpointId, stageId: stage.id, index: Math.max(index, 0) };
}

function nameOf(atlas: JourneyAtlas, data: DragData | null): string {
  if (!data) return 'the item';
  const stage = atlas.stages.find((candidate) => candidate.id === data.stageId);
  if (data.type === 'stage') return `stage ${stage?.name ?? ''}`;
  return stage?.touchpoints.find((touchpoint) => touchpoint.id === data.touchpointId)?.name ?? 'the touchpoint';
}

// Module constants: new option objects would give new sensors, hence new listeners on every card, each render.
/** A few pixels before a drag starts, so a click on the handle only focuses it. */
const POINTER_OPTIONS = { activationConstraint: { distance: 5 } };
const KEYBOARD_OPTIONS = { coordinateGetter: sortableKeyboardCoordinates };

/** Sensors (pointer and keyboard), collisions, drop handling and spoken announcements for the atlas board. */
export function useAtlasDnd(atlas: JourneyAtlas, moves: AtlasMoves) {
  const sensors = useSensors(useSensor(PointerSensor, POINTER_OPTIONS), useSensor(KeyboardSensor, KEYBOARD_OPTIONS));
  const [active, setActive] = useState<DragData | null>(null);
  const atlasRef = useRef(atlas);
  useEffect(() => {
    atlasRef.current = atlas;
  }, [atlas]);

  const announcements = useMemo<Announcements>(
    () => ({
      onDragStart: ({ active: item }) => `Picked up ${nameOf(atlasRef.current, dragData(item.data.current))}.`,
      onDragOver: ({ active: item, over }) =>
        over ? `${nameOf(atlasRef.current, dragData(item.data.current))} is over ${nameOf(atlasRef.current, dragData(over.data.current))}.` : undefined,
      onDragEnd: ({ active: item, over }) =>
        over ? `Dropped ${nameOf(atlasRef.current, dragData(item.data.current))} at ${nameOf(atlasRef.current, dragData(over.data.current))}.` : 'Dropped; nothing moved.',
      onDragCancel: ({ active: item }) => `Moving ${nameOf(atlasRef.current, dragData(item.data.current))} was cancelled.`,
    }),
    [],
  );

  const onDragStart = ({ active: item }: DragStartEvent) => setActive(dragData(item.data.current));
  const onDragCancel = () => setActive(null);
  const onDragEnd = ({ active: item, over }: DragEndEvent) => {
    setActive(null);
    const dragged = dragData(item.data.current);
    const target = dragged ? dropTarget(atlasRef.current, dragged, dragData(over?.data.current)) : null;
    if (target?.kind === 'stage') moves.moveStage(target.stageId, target.index);
    if (target?.kind === 'touchpoint') moves.moveTouchpoint(target.touchpointId, target.stageId, target.index);
  };

  return {
    active,
    contextProps: {
      sensors,
      collisionDetection: atlasCollisionDetection,
      accessibility: {
        announcements,
        screenReaderInstructions: {
          draggable: 'To pick up, press Space or Enter. Use the arrow keys to move, Space or Enter to drop, Escape to cancel. The actions menu offers the same moves.',
        },
      },
      onDragStart,
      onDragEnd,
      onDragCancel,
    },
  };
}
