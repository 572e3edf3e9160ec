import { Anchor, Card, Group, Stack, Text } from '@mantine/core';
import type { KpiGlance } from '@outcome-atlas/contracts';
import { Link } from 'react-router';
import { KpiSparkline } from '../../../components/kpi-sparkline';
import { KpiStatusBadge } from '../../../components/kpi-status-badge';
import { directionLabel, formatKpiValue, formatOptionalKpiValue, kpiTypeLabel } from '../../../components/kpi-value';
import { paths } from '../../../config/paths';
import classes from './control-centre.module.css';

/** One KPI: latest value against target, status in words and colour, and the recent trend. */
export function KpiCard({ projectId, kpi }: { projectId: string; kpi: KpiGlance }) {
  return (
    <Card withBorder padding="sm" component="article" aria-label={kpi.name}>
      <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
        <Stack gap={2} style={{ minWidth: 0 }}>
          <Anchor component={Link} to={paths.kpi(projectId, kpi.kpiId)} size="sm" fw={600} className={classes.statement}>
            {kpi.name}
          </Anchor>
          <Text size="xs" c="dimmed">
            {kpiTypeLabel(kpi.type)} · {directionLabel(kpi.higherIsBetter)}
          </Text>
        </Stack>
        {/* The name wraps; the status keeps its words (a squeezed badge showed "Misses ta…"). */}
        <div style={{ flexShrink: 0 }}>
          <KpiStatusBadge status={kpi.status} size="xs" />
        </div>
      </Group>
      <Group justify="space-between" align="flex-end" mt="xs" wrap="nowrap">
        <div>
          <Text size="lg" fw={600} className={classes.numeric} data-testid="kpi-latest">
            {formatOptionalKpiValue(kpi.latest, kpi)}
          </Text>
          <Text size="xs" c="dimmed" className={classes.numeric}>
            {kpi.target === null ? 'No target' : `Target ${formatKpiValue(kpi.target, kpi)}`}
          </Text>
        </div>
        <KpiSparkline name={kpi.name} trend={kpi.trend} target={kpi.target} format={kpi} width={120} height={40} />
      </Group>
    </Card>
  );
}
