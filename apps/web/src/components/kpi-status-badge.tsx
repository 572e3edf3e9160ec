import { Badge, type MantineColor, type MantineSize, Tooltip } from '@mantine/core';
import type { KpiStatus } from '@outcome-atlas/contracts';
import { IconAlertTriangle, IconCircleCheck, IconCircleDashed, IconTarget } from '@tabler/icons-react';

type KpiStatusStyle = { label: string; color: MantineColor; explanation: string };

/** Each status has a colour and words, so it never depends on colour alone. */
export const KPI_STATUS_STYLES: Record<KpiStatus, KpiStatusStyle> = {
  meets: { label: 'Meets target', color: 'teal', explanation: 'The latest value reaches the target.' },
  misses: { label: 'Misses target', color: 'red', explanation: 'The latest value falls short of the target.' },
  'no-target': { label: 'No target', color: 'gray', explanation: 'Set a target to judge this KPI.' },
  'no-data': { label: 'No data', color: 'yellow', explanation: 'No value recorded yet.' },
};

const ICONS = { meets: IconCircleCheck, misses: IconAlertTriangle, 'no-target': IconTarget, 'no-data': IconCircleDashed } as const;

/** Colour, icon and words: the status reads the same without colour; what it means on hover and focus. */
export function KpiStatusBadge({ status, size = 'sm' }: { status: KpiStatus; size?: MantineSize }) {
  const style = KPI_STATUS_STYLES[status];
  const Icon = ICONS[status];
  return (
    <Tooltip label={style.explanation} events={{ hover: true, focus: true, touch: true }}>
      <Badge component="span" color={style.color} variant="light" size={size} tt="none" tabIndex={0} leftSection={<Icon size={12} aria-hidden />} data-kpi-status={status}>
        {style.label}
      </Badge>
    </Tooltip>
  );
}
