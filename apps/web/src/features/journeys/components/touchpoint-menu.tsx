import { ActionIcon, Menu } from '@mantine/core';
import type { AtlasTouchpoint } from '@outcome-atlas/contracts';
import { IconArrowDown, IconArrowLeft, IconArrowRight, IconArrowsExchange, IconArrowUp, IconDots, IconPencil, IconTrash } from '@tabler/icons-react';
import type { AtlasActions } from '../hooks/atlas-actions';
import { refocusAfterMove, touchpointMenuSelector } from '../utils/refocus';

export type CardPlace = { index: number; count: number; hasPreviousStage: boolean; hasNextStage: boolean };

type TouchpointMenuProps = { touchpoint: AtlasTouchpoint; place: CardPlace; actions: AtlasActions };

/** Every move also lives here, so keyboard and screen-reader users (and tests) never need to drag. */
export function TouchpointMenu({ touchpoint, place, actions }: TouchpointMenuProps) {
  const nudge = (direction: 'up' | 'down' | 'left' | 'right') => () => {
    actions.nudgeTouchpoint(touchpoint.id, direction);
    refocusAfterMove(touchpointMenuSelector(touchpoint.id));
  };
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <ActionIcon variant="subtle" color="gray" size="sm" aria-label={`Actions for ${touchpoint.name}`} data-touchpoint-menu={touchpoint.id}>
          <IconDots size={16} aria-hidden />
        </ActionIcon>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item leftSection={<IconPencil size={14} aria-hidden />} onClick={() => actions.open({ kind: 'edit-touchpoint', touchpoint })}>
          Edit touchpoint
        </Menu.Item>
        <Menu.Divider />
        <Menu.Item leftSection={<IconArrowUp size={14} aria-hidden />} disabled={place.index === 0} onClick={nudge('up')}>
          Move up
        </Menu.Item>
        <Menu.Item leftSection={<IconArrowDown size={14} aria-hidden />} disabled={place.index >= place.count - 1} onClick={nudge('down')}>
          Move down
        </Menu.Item>
        <Menu.Item leftSection={<IconArrowLeft size={14} aria-hidden />} disabled={!place.hasPreviousStage} onClick={nudge('left')}>
          Move left
        </Menu.Item>
        <Menu.Item leftSection={<IconArrowRight size={14} aria-hidden />} disabled={!place.hasNextStage} onClick={nudge('right')}>
          Move right
        </Menu.Item>
        <Menu.Item leftSection={<IconArrowsExchange size={14} aria-hidden />} onClick={() => actions.open({ kind: 'move-touchpoint', touchpoint })}>
          Move to stage…
        </Menu.Item>
        <Menu.Divider />
        <Menu.Item color="red" leftSection={<IconTrash size={14} aria-hidden />} onClick={() => actions.open({ kind: 'delete-touchpoint', touchpoint })}>
          Delete touchpoint
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
