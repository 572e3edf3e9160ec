import { Badge, Tooltip } from '@mantine/core';
import type { KpiStatus } from '@outcome-atlas/contracts';
import { IconAlertTriangle, IconCircleCheck, IconCircleDashed, IconTarget } from '@tabler/icons-react';
import { KPI_STATUS_STYLES } from '../utils/kpi-status';

const ICONS = { meets: IconCircleCheck, misses: IconAlertTriangle, 'no-target': IconTarget, 'no-data': IconCircleDashed } as const;

/** Colour, icon and words: the status reads the same without colour. */
export function KpiStatusBadge({ status, size = 'sm' }: { status: KpiStatus; size?: 'xs' | 'sm' | 'md' }) {
  const style = KPI_STATUS_STYLES[status];
  const Icon = ICONS[status];
  return (
    <Tooltip label={style.explanation} events={{ hover: true, focus: true, touch: true }}>
      <Badge component="span" color={style.color} variant="light" size={size} tt="none" tabIndex={0} leftSection={<Icon size={12} aria-hidden />} data-status={status}>
        {style.label}
      </Badge>
    </Tooltip>
  );
}
