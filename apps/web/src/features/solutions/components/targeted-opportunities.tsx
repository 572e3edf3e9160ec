import { Anchor, Table, Text } from '@mantine/core';
import type { AtlasOpportunity } from '@outcome-atlas/contracts';
import { Link } from 'react-router';
import { ZONE_STYLES } from '../../../components/zones';
import { paths } from '../../../config/paths';
import { OpportunityBadge } from './opportunity-badge';

/** The opportunities a solution is aimed at, best first, each opening the outcome's details. */
export function TargetedOpportunities({ projectId, opportunities }: { projectId: string; opportunities: AtlasOpportunity[] }) {
  if (opportunities.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        No opportunity targeted yet. Edit the solution to aim it at the outcomes it should improve.
      </Text>
    );
  }
  return (
    <Table.ScrollContainer minWidth={560}>
      <Table aria-label="Targeted opportunities" verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={150}>Opportunity</Table.Th>
            <Table.Th>Outcome</Table.Th>
            <Table.Th w={120}>Zone</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {opportunities.map((opportunity) => (
            <Table.Tr key={opportunity.outcomeId}>
              <Table.Td>
                <OpportunityBadge projectId={projectId} opportunity={opportunity} link={false} />
              </Table.Td>
              <Table.Td>
                <Anchor component={Link} to={paths.outcome(projectId, opportunity.outcomeId)} size="sm" style={{ overflowWrap: 'anywhere' }}>
                  {opportunity.statement}
                </Anchor>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{opportunity.zone ? ZONE_STYLES[opportunity.zone].label : 'Not rated'}</Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
