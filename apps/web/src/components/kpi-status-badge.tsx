import { Badge, type MantineColor, type MantineSize } from '@mantine/core';
import type { KpiStatus } from '@outcome-atlas/contracts';

/** Text and colour per status (as on the KPI pages): the colour never carries the meaning alone. */
export const KPI_STATUS_STYLES: Record<KpiStatus, { label: string; color: MantineColor }> = {
  meets: { label: 'Meets target', color: 'teal' },
  misses: { label: 'Misses target', color: 'red' },
  'no-target': { label: 'No target', color: 'gray' },
  'no-data': { label: 'No data', color: 'yellow' },
};

export function KpiStatusBadge({ status, size = 'sm' }: { status: KpiStatus; size?: MantineSize }) {
  const style = KPI_STATUS_STYLES[status];
  return (
    <Badge color={style.color} variant="light" size={size} tt="none" data-kpi-status={status}>
      {style.label}
    </Badge>
  );
}
