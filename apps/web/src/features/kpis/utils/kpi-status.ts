import type { MantineColor } from '@mantine/core';
import type { KpiStatus } from '@outcome-atlas/contracts';

type KpiStatusStyle = { label: string; color: MantineColor; explanation: string };

/** Each status has a colour and words, so it never depends on colour alone. */
export const KPI_STATUS_STYLES: Record<KpiStatus, KpiStatusStyle> = {
  meets: { label: 'Meets target', color: 'teal', explanation: 'The latest value reaches the target.' },
  misses: { label: 'Misses target', color: 'red', explanation: 'The latest value falls short of the target.' },
  'no-target': { label: 'No target', color: 'gray', explanation: 'Set a target to judge this KPI.' },
  'no-data': { label: 'No data', color: 'yellow', explanation: 'No value recorded yet.' },
};
