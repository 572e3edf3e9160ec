import { ActionIcon, Menu } from '@mantine/core';
import type { AtlasStage } from '@outcome-atlas/contracts';
import { IconArrowLeft, IconArrowRight, IconDots, IconLink, IconPencil, IconPlus, IconTrash } from '@tabler/icons-react';
import type { AtlasActions } from '../hooks/atlas-actions';
import { refocusAfterMove, stageMenuSelector } from '../utils/refocus';

type StageMenuProps = { stage: AtlasStage; index: number; count: number; actions: AtlasActions };

export function StageMenu({ stage, index, count, actions }: StageMenuProps) {
  const move = (toIndex: number) => () => {
    actions.moveStage(stage.id, toIndex);
    refocusAfterMove(stageMenuSelector(stage.id));
  };
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <ActionIcon variant="subtle" color="gray" size="sm" aria-label={`Actions for stage ${stage.name}`} data-stage-menu={stage.id}>
          <IconDots size={16} aria-hidden />
        </ActionIcon>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item leftSection={<IconPlus size={14} aria-hidden />} onClick={() => actions.open({ kind: 'add-touchpoint', stage })}>
          Add touchpoint
        </Menu.Item>
        <Menu.Item leftSection={<IconPencil size={14} aria-hidden />} onClick={() => actions.open({ kind: 'edit-stage', stage })}>
          Edit stage
        </Menu.Item>
        <Menu.Item leftSection={<IconLink size={14} aria-hidden />} onClick={() => actions.open({ kind: 'stage-outcomes', stageId: stage.id })}>
          Stage outcomes…
        </Menu.Item>
        <Menu.Divider />
        <Menu.Item leftSection={<IconArrowLeft size={14} aria-hidden />} disabled={index === 0} onClick={move(index - 1)}>
          Move left
        </Menu.Item>
        <Menu.Item leftSection={<IconArrowRight size={14} aria-hidden />} disabled={index >= count - 1} onClick={move(index + 1)}>
          Move right
        </Menu.Item>
        <Menu.Divider />
        <Menu.Item color="red" leftSection={<IconTrash size={14} aria-hidden />} onClick={() => actions.open({ kind: 'delete-stage', stage })}>
          Delete stage
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
