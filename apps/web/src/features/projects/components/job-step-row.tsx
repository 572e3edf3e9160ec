import { ActionIcon, Badge, Group, Paper, Text, Tooltip } from '@mantine/core';
import type { JobStep } from '@outcome-atlas/contracts';
import { IconArrowDown, IconArrowUp, IconTrash } from '@tabler/icons-react';
import type { KeyboardEvent } from 'react';
import { InlineEdit } from '../../../components/inline-edit';

type JobStepRowProps = {
  step: JobStep;
  index: number;
  isFirst: boolean;
  isLast: boolean;
  canWrite: boolean;
  onRename: (name: string) => Promise<unknown>;
  onMove: (direction: -1 | 1) => void;
  onDelete: () => void;
};

export function JobStepRow({ step, index, isFirst, isLast, canWrite, onRename, onMove, onDelete }: JobStepRowProps) {
  // Alt+ArrowUp / Alt+ArrowDown on the row moves the step, for keyboard users.
  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (!canWrite || !event.altKey) return;
    if (event.key === 'ArrowUp' && !isFirst) {
      event.preventDefault();
      onMove(-1);
    }
    if (event.key === 'ArrowDown' && !isLast) {
      event.preventDefault();
      onMove(1);
    }
  };

  return (
    <Paper component="li" withBorder p="sm" onKeyDown={onKeyDown} aria-label={`Step ${index + 1}: ${step.name}`}>
      <Group wrap="nowrap" gap="sm">
        <Badge variant="light" size="lg" circle aria-hidden>
          {index + 1}
        </Badge>
        <div style={{ flex: 1, minWidth: 0 }}>
          <InlineEdit label={`Name of step ${index + 1}`} value={step.name} onSave={onRename} canEdit={canWrite} required maxLength={120}>
            <Group gap="xs">
              <Text fw={500}>{step.name}</Text>
              {step.universalStep && step.universalStep !== step.name ? (
                <Badge variant="outline" color="gray" size="xs">
                  {step.universalStep}
                </Badge>
              ) : null}
            </Group>
          </InlineEdit>
        </div>
        {canWrite ? (
          <Group gap={4} wrap="nowrap">
            <Tooltip label="Move up (Alt+↑)">
              <ActionIcon variant="subtle" color="gray" aria-label={`Move ${step.name} up`} disabled={isFirst} onClick={() => onMove(-1)}>
                <IconArrowUp size={16} aria-hidden />
              </ActionIcon>
            </Tooltip>
            <Tooltip label="Move down (Alt+↓)">
              <ActionIcon variant="subtle" color="gray" aria-label={`Move ${step.name} down`} disabled={isLast} onClick={() => onMove(1)}>
                <IconArrowDown size={16} aria-hidden />
              </ActionIcon>
            </Tooltip>
            <Tooltip label="Delete step">
              <ActionIcon variant="subtle" color="red" aria-label={`Delete ${step.name}`} onClick={onDelete}>
                <IconTrash size={16} aria-hidden />
              </ActionIcon>
            </Tooltip>
          </Group>
        ) : null}
      </Group>
    </Paper>
  );
}
