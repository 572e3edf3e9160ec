import { Group, Paper, Stack, Text } from '@mantine/core';
import type { LandscapePoint } from '@outcome-atlas/contracts';
import type { TooltipContentProps } from 'recharts';
import { ZoneBadge } from '../../../components/zone-badge';
import { formatScore } from '../../../lib/format';

/** The hovered point: key, statement (as text), scores and answers. */
export function LandscapeTooltip({ active, payload }: Pick<TooltipContentProps, 'active' | 'payload'>) {
  const point = active ? (payload[0]?.payload as LandscapePoint | undefined) : undefined;
  if (!point) return null;
  return (
    <Paper withBorder shadow="sm" p="xs" maw={320} role="status" data-testid="landscape-tooltip">
      <Stack gap={4}>
        <Group gap={6} justify="space-between" wrap="nowrap">
          <Text size="sm" fw={600}>
            {point.key} · rank {point.rank}
          </Text>
          <ZoneBadge zone={point.zone} />
        </Group>
        <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
          {point.statement}
        </Text>
        <Text size="xs" c="dimmed">
          Opportunity {formatScore(point.opportunity)} · importance {formatScore(point.importance)} · satisfaction {formatScore(point.satisfaction)}
        </Text>
        <Text size="xs" c="dimmed">
          n = {point.nImportance} importance, {point.nSatisfaction} satisfaction{point.lowSample ? ' (low sample)' : ''}
        </Text>
      </Stack>
    </Paper>
  );
}
