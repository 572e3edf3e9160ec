import { Anchor, Group, Text, useMantineTheme, VisuallyHidden } from '@mantine/core';
import type { KpiGlance } from '@outcome-atlas/contracts';
import { Link } from 'react-router';
import { paths } from '../../../config/paths';
import { formatLatestVsTarget, KPI_STATUS_COLORS, KPI_STATUS_LABELS } from '../utils/format';
import { Sparkline } from './sparkline';

/** One KPI on a card or stage: its name (a link to the KPI), latest value against target, and the trend. */
export function KpiGlanceLine({ kpi, projectId }: { kpi: KpiGlance; projectId: string }) {
  const theme = useMantineTheme();
  const color = KPI_STATUS_COLORS[kpi.status];
  return (
    <Group gap={6} wrap="nowrap" data-kpi-status={kpi.status} data-testid="kpi-glance">
      <Anchor component={Link} to={paths.kpi(projectId, kpi.kpiId)} size="xs" truncate style={{ minWidth: 0, flex: '1 1 auto' }}>
        {kpi.name}
      </Anchor>
      <Text size="xs" fw={600} c={kpi.status === 'misses' || kpi.status === 'meets' ? `${color}.8` : 'dimmed'} style={{ whiteSpace: 'nowrap' }} title={KPI_STATUS_LABELS[kpi.status]}>
        {formatLatestVsTarget(kpi)}
        <VisuallyHidden> ({KPI_STATUS_LABELS[kpi.status]})</VisuallyHidden>
      </Text>
      <Sparkline trend={kpi.trend} color={theme.colors[color]?.[6] ?? theme.black} name={kpi.name} />
    </Group>
  );
}
