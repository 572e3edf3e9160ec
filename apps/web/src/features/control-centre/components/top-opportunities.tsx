import { Text } from '@mantine/core';
import type { ControlCentre } from '@outcome-atlas/contracts';
import { pluralize } from '../../../lib/format';
import { OpportunityLine } from './opportunity-line';
import classes from './control-centre.module.css';

type TopOpportunitiesProps = { projectId: string; opportunities: ControlCentre['problem']['topOpportunities'] };

/** The best-ranked opportunities in rank order, each with how many solutions aim at it. */
export function TopOpportunities({ projectId, opportunities }: TopOpportunitiesProps) {
  if (opportunities.length === 0)
    return (
      <Text size="sm" c="dimmed">
        No rated opportunities yet: accept outcomes and collect ratings first.
      </Text>
    );
  return (
    <ol className={classes.rankedList} aria-label="Top opportunities">
      {opportunities.map((opportunity) => (
        <li key={opportunity.outcomeId}>
          <OpportunityLine
            projectId={projectId}
            opportunity={opportunity}
            extra={
              <Text size="xs" c={opportunity.solutionCount === 0 ? 'orange.8' : 'dimmed'}>
                {opportunity.solutionCount === 0 ? 'No solution yet' : pluralize(opportunity.solutionCount, 'solution')}
              </Text>
            }
          />
        </li>
      ))}
    </ol>
  );
}
