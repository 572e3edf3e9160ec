import { Button, Group, Paper, Select, Text } from '@mantine/core';
import { useState } from 'react';
import { pluralize } from '../../../lib/format';

type BulkActionBarProps = {
  count: number;
  jobStepOptions: { value: string; label: string }[];
  pending: boolean;
  onAccept: () => void;
  onReject: () => void;
  onAssign: (jobStepId: string | null) => void;
  onClear: () => void;
};

const NO_STEP = 'none';

export function BulkActionBar({ count, jobStepOptions, pending, onAccept, onReject, onAssign, onClear }: BulkActionBarProps) {
  const [step, setStep] = useState<string | null>(null);
  return (
    <Paper withBorder p="xs" radius="md" role="region" aria-label="Bulk actions" style={{ position: 'sticky', top: 'calc(var(--app-shell-header-height, 0px) + 8px)', zIndex: 5 }}>
      <Group gap="sm" wrap="wrap">
        <Text size="sm" fw={600}>
          {pluralize(count, 'outcome')} selected
        </Text>
        <Button size="xs" color="teal" onClick={onAccept} disabled={pending}>
          Accept
        </Button>
        <Button size="xs" color="gray" variant="light" onClick={onReject} disabled={pending}>
          Reject
        </Button>
        <Group gap={4} wrap="nowrap">
          <Select
            size="xs"
            aria-label="Job step for the selected outcomes"
            placeholder="Job step…"
            data={[{ value: NO_STEP, label: 'No job step' }, ...jobStepOptions]}
            value={step}
            onChange={setStep}
            w={200}
          />
          <Button size="xs" variant="light" disabled={pending || step === null} onClick={() => onAssign(step === NO_STEP ? null : step)}>
            Assign job step
          </Button>
        </Group>
        <Button size="xs" variant="subtle" onClick={onClear} disabled={pending}>
          Clear selection
        </Button>
      </Group>
    </Paper>
  );
}
