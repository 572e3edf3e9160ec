import { SegmentedControl, Stack, Text } from '@mantine/core';
import type { SolutionStatus } from '@outcome-atlas/contracts';
import { STATUS_OPTIONS } from '../utils/solution-status';

const ALL = 'all';
const OPTIONS = [{ value: ALL, label: 'All' }, ...STATUS_OPTIONS];

export function SolutionStatusFilter({ value, onChange }: { value: SolutionStatus | null; onChange: (status: SolutionStatus | null) => void }) {
  return (
    <Stack gap={4}>
      <Text size="sm" fw={500} id="solution-status-filter-label">
        Status
      </Text>
      <SegmentedControl
        aria-labelledby="solution-status-filter-label"
        data={OPTIONS}
        value={value ?? ALL}
        onChange={(next) => onChange(next === ALL ? null : (next as SolutionStatus))}
        w="fit-content"
      />
    </Stack>
  );
}
