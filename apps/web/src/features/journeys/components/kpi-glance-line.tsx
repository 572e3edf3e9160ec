import { Anchor, Group, Text, useMantineTheme, VisuallyHidden } from '@mantine/core';
import type { KpiGlance } from '@outcome-atlas/contracts';
import { Link } from 'react-router';
import { KpiSparkline } from '../../../components/kpi-sparkline';
import { KPI_STATUS_STYLES } from '../../../components/kpi-status-badge';
import { formatLatestVsTarget } from '../../../components/kpi-value';
import { paths } from '../../../config/paths';

/** One KPI on a card or stage: its name (a link to the KPI), latest value against target, and the trend. */
export function KpiGlanceLine({ kpi, projectId }: { kpi: KpiGlance; projectId: string }) {
  const theme = useMantineTheme();
  const { color, label } = KPI_STATUS_STYLES[kpi.status];
  const judged = kpi.status === 'misses' || kpi.status === 'meets';
  return (
    // On a narrow card the value and trend wrap below the name rather than squeeze it to "CSAT …".
    <Group gap={6} wrap="wrap" style={{ rowGap: 2 }} data-kpi-status={kpi.status} data-testid="kpi-glance">
      <Anchor component={Link} to={paths.kpi(projectId, kpi.kpiId)} size="xs" truncate style={{ minWidth: 0, flex: '1 1 auto' }}>
        {kpi.name}
      </Anchor>
      <Text size="xs" fw={600} c={judged ? `${color}.8` : 'dimmed'} style={{ whiteSpace: 'nowrap' }} title={label}>
        {formatLatestVsTarget(kpi.latest, kpi.target, kpi)}
        <VisuallyHidden>, {label.toLowerCase()}</VisuallyHidden>
      </Text>
      <KpiSparkline name={kpi.name} trend={kpi.trend} target={kpi.target} format={kpi} width={56} height={16} color={judged ? theme.colors[color]?.[6] : theme.colors.gray[6]} />
    </Group>
  );
}
