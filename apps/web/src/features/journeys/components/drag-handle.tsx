import { ActionIcon } from '@mantine/core';
import type { DraggableAttributes, DraggableSyntheticListeners } from '@dnd-kit/core';
import { IconGripVertical } from '@tabler/icons-react';
import classes from './atlas.module.css';

type DragHandleProps = { label: string; attributes: DraggableAttributes; listeners: DraggableSyntheticListeners };

/** Pointer drag, or Space/Enter to pick up, arrow keys to move, Space/Enter to drop, Escape to cancel. */
export function DragHandle({ label, attributes, listeners }: DragHandleProps) {
  return (
    <ActionIcon variant="subtle" color="gray" size="sm" className={classes.handle} {...attributes} {...listeners} aria-label={label}>
      <IconGripVertical size={14} aria-hidden />
    </ActionIcon>
  );
}
