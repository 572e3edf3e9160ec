import { Anchor, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { ControlCentre } from '@outcome-atlas/contracts';
import { IconAlertTriangle } from '@tabler/icons-react';
import { Link } from 'react-router';
import { formatKpiValue } from '../../../components/kpi-value';
import { SolutionStatusBadge } from '../../../components/solution-status-badge';
import { paths } from '../../../config/paths';
import { GapList } from './gap-list';
import { OpportunityLine } from './opportunity-line';
import classes from './control-centre.module.css';

const NO_UNIT = { unit: '' };

type GapsPanelProps = { projectId: string; gaps: ControlCentre['gaps']; kpis: ControlCentre['evaluation']['kpis'] };

/** Where the chain from quote to KPI breaks: each list says what is missing and links to where to fix it. */
export function GapsPanel({ projectId, gaps, kpis }: GapsPanelProps) {
  // The gap rows carry no type or unit; the KPI cards of the same response do.
  const formatOf = new Map(kpis.map((kpi) => [kpi.kpiId, kpi]));
  const total = gaps.opportunitiesWithoutSolution.length + gaps.solutionsWithoutKpi.length + gaps.touchpointsMissingTarget.length + gaps.jobStepsWithoutEvidence.length;
  return (
    <Paper component="section" role="region" aria-label="Gaps" withBorder p="md" className={classes.gaps}>
      <Stack gap="md">
        <Group gap="xs">
          <IconAlertTriangle size={20} aria-hidden color="var(--mantine-color-orange-6)" />
          <Title order={2} size="h4">
            Gaps
          </Title>
          <Text size="sm" c="dimmed">
            {total === 0 ? 'The chain from quote to KPI is complete.' : 'Where the chain from quote to KPI breaks.'}
          </Text>
        </Group>
        <SimpleGrid cols={{ base: 1, sm: 2, xl: 4 }} spacing="lg">
          <GapList
            title="Top opportunities without a solution"
            items={gaps.opportunitiesWithoutSolution}
            getKey={(item) => item.outcomeId}
            renderItem={(item) => (
              <OpportunityLine
                projectId={projectId}
                opportunity={item}
                extra={
                  <Anchor component={Link} to={paths.solutions(projectId)} size="xs" aria-label={`Propose a solution for ${item.key}`}>
                    Propose a solution
                  </Anchor>
                }
              />
            )}
          />
          <GapList
            title="Solutions without a KPI"
            items={gaps.solutionsWithoutKpi}
            getKey={(item) => item.solutionId}
            renderItem={(item) => (
              <Group gap={6} wrap="nowrap">
                <Anchor component={Link} to={paths.solution(projectId, item.solutionId)} size="sm" className={classes.statement}>
                  {item.title}
                </Anchor>
                <SolutionStatusBadge status={item.status} size="xs" />
              </Group>
            )}
          />
          <GapList
            title="Touchpoints whose KPI misses target"
            items={gaps.touchpointsMissingTarget}
            getKey={(item) => `${item.touchpointId}:${item.kpiId}`}
            renderItem={(item) => {
              const format = formatOf.get(item.kpiId) ?? NO_UNIT;
              return (
                <Stack gap={0}>
                  <Anchor component={Link} to={paths.journey(projectId, item.journeyId, item.touchpointId)} size="sm" className={classes.statement}>
                    {item.journey} › {item.stage} › {item.touchpoint}
                  </Anchor>
                  <Text size="xs" c="dimmed">
                    <Anchor component={Link} to={paths.kpi(projectId, item.kpiId)} size="xs">
                      {item.kpi}
                    </Anchor>
                    : <span className={classes.numeric}>{formatKpiValue(item.latest, format)}</span> vs target{' '}
                    <span className={classes.numeric}>{formatKpiValue(item.target, format)}</span>
                  </Text>
                </Stack>
              );
            }}
          />
          <GapList
            title="Job steps with no evidence"
            items={gaps.jobStepsWithoutEvidence}
            getKey={(item) => item.jobStepId}
            renderItem={(item) => <Text size="sm">{item.name}</Text>}
            footer={
              <Anchor component={Link} to={paths.interviews(projectId)} size="xs">
                Find evidence in the interviews
              </Anchor>
            }
          />
        </SimpleGrid>
      </Stack>
    </Paper>
  );
}
