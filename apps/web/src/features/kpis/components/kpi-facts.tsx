import { Anchor, Card, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { KpiDetail } from '@outcome-atlas/contracts';
import { KPI_DEFINITIONS } from '@outcome-atlas/domain';
import { Link } from 'react-router';
import { KpiStatusBadge } from '../../../components/kpi-status-badge';
import { describeUnit, directionLabel, formatOptionalKpiValue } from '../../../components/kpi-value';
import { formatDay } from '../../../lib/format';
import { LEVEL_HINTS, LEVEL_LABELS } from '../utils/kpi-labels';
import { attachmentHref } from '../utils/links';
import { MeasuredOutcomeLinks } from './measured-outcome-links';

const ATTACHMENT_KIND = { project: 'Project', journey: 'Journey', stage: 'Stage', touchpoint: 'Touchpoint' } as const;

/** Where the KPI stands, what it is, where it is measured and which outcomes it tells about. */
export function KpiFacts({ kpi }: { kpi: KpiDetail }) {
  const definition = KPI_DEFINITIONS[kpi.type];
  const href = attachmentHref(kpi.projectId, kpi.attachment);
  return (
    <SimpleGrid cols={{ base: 1, md: 3 }} spacing="md">
      <Card withBorder padding="md" component="section" aria-labelledby="kpi-standing">
        <Stack gap={6}>
          <Title order={2} size="h5" id="kpi-standing">
            Where it stands
          </Title>
          <Text size="xl" fw={700} data-testid="kpi-latest">
            {formatOptionalKpiValue(kpi.latest, kpi, 'No value yet')}
          </Text>
          <Text size="sm" c="dimmed">
            {kpi.target === null ? 'No target set' : `Target ${formatOptionalKpiValue(kpi.target, kpi)}`}
            {kpi.latestPeriodEnd ? ` · as of ${formatDay(kpi.latestPeriodEnd)}` : ''}
          </Text>
          <div>
            <KpiStatusBadge status={kpi.status} />
          </div>
        </Stack>
      </Card>
      <Card withBorder padding="md" component="section" aria-labelledby="kpi-definition">
        <Stack gap={6}>
          <Title order={2} size="h5" id="kpi-definition">
            Definition
          </Title>
          <Text size="sm" fw={500}>
            {definition.name}
          </Text>
          {definition.formula ? <Text size="sm">{definition.formula}</Text> : null}
          <Text size="sm" c="dimmed">
            {LEVEL_LABELS[kpi.level]} level: {LEVEL_HINTS[kpi.level]}
          </Text>
          <Text size="sm" c="dimmed">
            {directionLabel(kpi.higherIsBetter)} · {describeUnit(kpi)}
          </Text>
          {kpi.description ? (
            <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
              {kpi.description}
            </Text>
          ) : null}
        </Stack>
      </Card>
      <Card withBorder padding="md" component="section" aria-labelledby="kpi-links">
        <Stack gap={6}>
          <Title order={2} size="h5" id="kpi-links">
            Attached to
          </Title>
          {href ? (
            <Text size="sm">
              {ATTACHMENT_KIND[kpi.attachment.kind]}:{' '}
              <Anchor component={Link} to={href} size="sm">
                {kpi.attachment.name ?? 'open in the journey atlas'}
              </Anchor>
            </Text>
          ) : (
            <Text size="sm">{kpi.attachment.kind === 'project' ? 'The whole project' : `${ATTACHMENT_KIND[kpi.attachment.kind]} no longer exists`}</Text>
          )}
          <Title order={3} size="h6" mt="xs">
            Measures
          </Title>
          <MeasuredOutcomeLinks projectId={kpi.projectId} outcomeIds={kpi.outcomeIds} />
        </Stack>
      </Card>
    </SimpleGrid>
  );
}
