import { Anchor, Group, Stack, Text, Title } from '@mantine/core';
import type { OutcomeLinks } from '@outcome-atlas/contracts';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { KpiStatusBadge } from '../../../components/kpi-status-badge';
import { formatLatestVsTarget } from '../../../components/kpi-value';
import { ErrorState, LoadingState } from '../../../components/page-states';
import { SolutionStatusBadge } from '../../../components/solution-status-badge';
import { paths } from '../../../config/paths';
import { formatDay } from '../../../lib/format';
import { useOutcomeLinks } from '../api/get-outcome-links';
import classes from './outcome-chain.module.css';

type OutcomeChainSectionProps = { projectId: string; outcomeId: string };

/** The rest of the chain from this outcome: the journey places where it shows, its KPIs and the solutions aimed at it. */
export function OutcomeChainSection({ projectId, outcomeId }: OutcomeChainSectionProps) {
  const links = useOutcomeLinks(projectId, outcomeId);
  return (
    <section aria-labelledby="outcome-chain-heading">
      <Title order={3} size="h5" id="outcome-chain-heading" mb="xs">
        Where it shows and how it is measured
      </Title>
      {links.isPending ? (
        <LoadingState label="Loading journeys, KPIs and solutions" rows={2} />
      ) : links.isError ? (
        <ErrorState error={links.error} onRetry={() => void links.refetch()} title="Could not load the journeys, KPIs and solutions" />
      ) : (
        <OutcomeChain projectId={projectId} links={links.data} />
      )}
    </section>
  );
}

function OutcomeChain({ projectId, links }: { projectId: string; links: OutcomeLinks }) {
  if (links.journeys.length === 0 && links.kpis.length === 0 && links.solutions.length === 0)
    return (
      <Text size="sm" c="dimmed">
        Not linked to a journey, KPI or solution yet. Link it from the{' '}
        <Anchor component={Link} to={paths.journeys(projectId)} size="sm">
          Journeys
        </Anchor>
        ,{' '}
        <Anchor component={Link} to={paths.kpis(projectId)} size="sm">
          KPIs
        </Anchor>{' '}
        or{' '}
        <Anchor component={Link} to={paths.solutions(projectId)} size="sm">
          Solutions
        </Anchor>{' '}
        page.
      </Text>
    );

  return (
    <Stack gap="sm">
      <ChainList title="Journeys" empty="Not placed in a journey.">
        {links.journeys.map((place) => (
          <li key={`${place.stageId}:${place.touchpointId ?? ''}`}>
            <Anchor component={Link} to={paths.journey(projectId, place.journeyId, place.touchpointId ?? undefined)} size="sm" className={classes.text}>
              {[place.journeyName, place.stageName, place.touchpointName].filter((part) => part !== null).join(' › ')}
            </Anchor>
          </li>
        ))}
      </ChainList>
      <ChainList title="KPIs" empty="No KPI measures it.">
        {links.kpis.map((kpi) => (
          <li key={kpi.kpiId}>
            <Group gap={6} wrap="nowrap">
              <Anchor component={Link} to={paths.kpi(projectId, kpi.kpiId)} size="sm" className={classes.text}>
                {kpi.name}
              </Anchor>
              <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                {formatLatestVsTarget(kpi.latest, kpi.target, kpi)}
              </Text>
              <KpiStatusBadge status={kpi.status} size="xs" />
            </Group>
          </li>
        ))}
      </ChainList>
      <ChainList title="Solutions" empty="No solution targets it yet.">
        {links.solutions.map((solution) => (
          <li key={solution.solutionId}>
            <Group gap={6} wrap="nowrap">
              <Anchor component={Link} to={paths.solution(projectId, solution.solutionId)} size="sm" className={classes.text}>
                {solution.title}
              </Anchor>
              <SolutionStatusBadge status={solution.status} size="xs" />
              {solution.shipDate ? (
                <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                  ship date {formatDay(solution.shipDate)}
                </Text>
              ) : null}
            </Group>
          </li>
        ))}
      </ChainList>
    </Stack>
  );
}

function ChainList({ title, empty, children }: { title: string; empty: string; children: ReactNode[] }) {
  return (
    <div>
      <Text size="xs" fw={600} c="dimmed" tt="uppercase">
        {title}
      </Text>
      {children.length === 0 ? (
        <Text size="sm" c="dimmed">
          {empty}
        </Text>
      ) : (
        <ul className={classes.list} aria-label={title}>
          {children}
        </ul>
      )}
    </div>
  );
}
