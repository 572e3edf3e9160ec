import { Anchor, Group, Stack, Text } from '@mantine/core';
import type { ControlCentre } from '@outcome-atlas/contracts';
import { Link } from 'react-router';
import { SOLUTION_STATUS_STYLES, SolutionStatusBadge } from '../../../components/solution-status-badge';
import { paths } from '../../../config/paths';
import { OpportunityLine } from './opportunity-line';
import { SpaceBlock, SpaceSection } from './space-section';
import { StatusBreakdown } from './status-breakdown';
import classes from './control-centre.module.css';

type SolutionSpaceProps = { projectId: string; solution: ControlCentre['solution'] };

const STATUS_ORDER = ['idea', 'testing', 'shipped', 'evaluated', 'dropped'] as const;

/** What we are trying: solutions by status, and the live ones with the opportunities they aim at. */
export function SolutionSpace({ projectId, solution }: SolutionSpaceProps) {
  return (
    <SpaceSection id="solution-space" title="Solution space" description="Ideas and experiments, and the opportunities they target.">
      <SpaceBlock title="Solutions by status">
        <StatusBreakdown
          label="Solutions by status"
          parts={STATUS_ORDER.map((status) => ({ key: status, label: SOLUTION_STATUS_STYLES[status].label, count: solution.byStatus[status], color: SOLUTION_STATUS_STYLES[status].color }))}
        />
      </SpaceBlock>
      <SpaceBlock title="Live solutions and their targets">
        {solution.targeted.length === 0 ? (
          <Text size="sm" c="dimmed">
            No live solutions yet.{' '}
            <Anchor component={Link} to={paths.solutions(projectId)} size="sm">
              Propose a solution
            </Anchor>
          </Text>
        ) : (
          <ul className={classes.plainList} aria-label="Live solutions">
            {solution.targeted.map((item) => (
              <li key={item.solutionId}>
                <Stack gap={4}>
                  <Group gap={6} wrap="nowrap">
                    <Anchor component={Link} to={paths.solution(projectId, item.solutionId)} size="sm" fw={600} className={classes.statement}>
                      {item.title}
                    </Anchor>
                    <SolutionStatusBadge status={item.status} size="xs" />
                  </Group>
                  {item.outcomes.length === 0 ? (
                    <Text size="xs" c="dimmed">
                      Targets no opportunity yet.
                    </Text>
                  ) : (
                    <ul className={classes.plainList} aria-label={`Opportunities targeted by ${item.title}`} style={{ paddingLeft: 'var(--mantine-spacing-sm)' }}>
                      {item.outcomes.map((outcome) => (
                        <li key={outcome.outcomeId}>
                          <OpportunityLine projectId={projectId} opportunity={outcome} />
                        </li>
                      ))}
                    </ul>
                  )}
                </Stack>
              </li>
            ))}
          </ul>
        )}
      </SpaceBlock>
    </SpaceSection>
  );
}
