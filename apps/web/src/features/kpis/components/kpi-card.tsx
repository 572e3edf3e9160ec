import { Anchor, Badge, Card, Group, Stack, Text } from '@mantine/core';
import type { Kpi } from '@outcome-atlas/contracts';
import { KPI_DEFINITIONS } from '@outcome-atlas/domain';
import { Link } from 'react-router';
import { KpiSparkline } from '../../../components/kpi-sparkline';
import { KpiStatusBadge } from '../../../components/kpi-status-badge';
import { formatOptionalKpiValue } from '../../../components/kpi-value';
import { paths } from '../../../config/paths';
import { formatDay } from '../../../lib/format';
import { LEVEL_LABELS } from '../utils/kpi-labels';

/** One KPI as a card: its latest value against the target, the status in words and the recent trend. */
export function KpiCard({ kpi }: { kpi: Kpi }) {
  const definition = KPI_DEFINITIONS[kpi.type];
  return (
    <Card withBorder padding="md" radius="md" component="article" aria-label={kpi.name}>
      <Stack gap="xs" h="100%">
        <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
          <Anchor component={Link} to={paths.kpi(kpi.projectId, kpi.id)} fw={600} lineClamp={2} style={{ overflowWrap: 'anywhere' }}>
            {kpi.name}
          </Anchor>
          <Badge variant="outline" color="gray" size="sm" tt="none" title={definition.name} style={{ flexShrink: 0 }}>
            {definition.abbreviation}
          </Badge>
        </Group>
        <Text size="xs" c="dimmed">
          {LEVEL_LABELS[kpi.level]} level{kpi.attachment.name ? ` · ${kpi.attachment.name}` : ''}
        </Text>
        <Group justify="space-between" align="flex-end" wrap="nowrap" gap="xs" mt="auto">
          <Stack gap={2}>
            <Text size="xl" fw={700} lh={1.2} data-testid="kpi-latest">
              {formatOptionalKpiValue(kpi.latest, kpi, 'No value yet')}
            </Text>
            <Text size="xs" c="dimmed" data-testid="kpi-target">
              {kpi.target === null ? 'No target' : `Target ${formatOptionalKpiValue(kpi.target, kpi)}`}
              {kpi.latestPeriodEnd ? ` · as of ${formatDay(kpi.latestPeriodEnd)}` : ''}
            </Text>
          </Stack>
          <KpiSparkline name={kpi.name} trend={kpi.trend} target={kpi.target} format={kpi} />
        </Group>
        <Group gap="xs">
          <KpiStatusBadge status={kpi.status} />
        </Group>
      </Stack>
    </Card>
  );
}
