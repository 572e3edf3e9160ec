import { Anchor, Group, Table, Text, VisuallyHidden } from '@mantine/core';
import type { Solution } from '@outcome-atlas/contracts';
import { IconArrowDownRight, IconArrowUpRight } from '@tabler/icons-react';
import { Link } from 'react-router';
import { SolutionStatusBadge } from '../../../components/solution-status-badge';
import { paths } from '../../../config/paths';
import { formatDay } from '../../../lib/format';
import { OpportunityBadge } from './opportunity-badge';

/** Opportunities shown on a row; the rest are counted. */
const SHOWN_OPPORTUNITIES = 4;

export function SolutionRow({ solution }: { solution: Solution }) {
  const shown = solution.outcomes.slice(0, SHOWN_OPPORTUNITIES);
  const hidden = solution.outcomes.length - shown.length;
  return (
    <Table.Tr>
      <Table.Td>
        <Anchor component={Link} to={paths.solution(solution.projectId, solution.id)} fw={500} style={{ overflowWrap: 'anywhere' }}>
          {solution.title}
        </Anchor>
        {solution.hypothesis ? (
          <Text size="xs" c="dimmed" lineClamp={1}>
            {solution.hypothesis}
          </Text>
        ) : null}
      </Table.Td>
      <Table.Td>
        <SolutionStatusBadge status={solution.status} />
      </Table.Td>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>{solution.shipDate ? formatDay(solution.shipDate) : '—'}</Table.Td>
      <Table.Td>
        {shown.length === 0 ? (
          <Text size="sm" c="dimmed">
            None yet
          </Text>
        ) : (
          <Group gap={4}>
            {shown.map((opportunity) => (
              <OpportunityBadge key={opportunity.outcomeId} projectId={solution.projectId} opportunity={opportunity} />
            ))}
            {hidden > 0 ? (
              <Text size="xs" c="dimmed">
                +{hidden} more
              </Text>
            ) : null}
          </Group>
        )}
      </Table.Td>
      <Table.Td>
        {solution.expectedKpi ? (
          <Group gap={4} wrap="nowrap">
            {solution.expectedDirection === 'increase' ? <IconArrowUpRight size={14} aria-hidden /> : null}
            {solution.expectedDirection === 'decrease' ? <IconArrowDownRight size={14} aria-hidden /> : null}
            {solution.expectedDirection ? <VisuallyHidden>{`Expected to ${solution.expectedDirection}:`}</VisuallyHidden> : null}
            <Anchor component={Link} to={paths.kpi(solution.projectId, solution.expectedKpi.kpiId)} size="sm">
              {solution.expectedKpi.name}
            </Anchor>
          </Group>
        ) : (
          <Text size="sm" c="dimmed">
            None chosen
          </Text>
        )}
      </Table.Td>
    </Table.Tr>
  );
}
