import { Anchor, Badge, Group, Table, Text, VisuallyHidden } from '@mantine/core';
import type { OpportunityItem } from '@outcome-atlas/contracts';
import { memo, type Ref } from 'react';
import { Link } from 'react-router';
import { ZoneBadge } from '../../../components/zone-badge';
import { paths } from '../../../config/paths';
import { formatScore, pluralize } from '../../../lib/format';
import { IntervalBar } from './interval-bar';
import { LowSampleWarning } from './low-sample-warning';
import { OpportunityChainCell } from './opportunity-chain-cell';
import classes from './opportunities.module.css';

type OpportunityRowProps = {
  ref: Ref<HTMLTableRowElement>;
  index: number;
  item: OpportunityItem;
  projectId: string;
};

/** One ranked outcome. Statements are rendered as text, never as HTML. Memoized: scrolling re-renders only new rows. */
export const OpportunityRow = memo(function OpportunityRow({ ref, index, item, projectId }: OpportunityRowProps) {
  const answers = item.nImportance === item.nSatisfaction ? String(item.nImportance) : `${item.nImportance} / ${item.nSatisfaction}`;
  return (
    <Table.Tr ref={ref} data-index={index} data-outcome-id={item.outcomeId} aria-rowindex={index + 2}>
      <Table.Td className={classes.numeric}>
        {item.rank}
        {item.tied ? (
          <>
            <span aria-hidden title="Tied: another outcome has the same scores">
              =
            </span>
            <VisuallyHidden>(tied)</VisuallyHidden>
          </>
        ) : null}
      </Table.Td>
      <Table.Td>
        <Badge variant="outline" size="sm" radius="sm">
          {item.key}
        </Badge>
      </Table.Td>
      <Table.Td>
        <Text size="sm" className={classes.statement}>
          {item.statement}
        </Text>
      </Table.Td>
      <Table.Td>
        <Text size="sm" c={item.jobStep ? undefined : 'dimmed'}>
          {item.jobStep?.name ?? '—'}
        </Text>
      </Table.Td>
      <Table.Td className={classes.numeric}>{formatScore(item.importance)}</Table.Td>
      <Table.Td className={classes.numeric}>{formatScore(item.satisfaction)}</Table.Td>
      <Table.Td>
        <Group gap={8} wrap="nowrap">
          <Text size="sm" fw={600} className={classes.numeric}>
            {formatScore(item.opportunity)}
          </Text>
          <IntervalBar low={item.interval.opportunity.low} high={item.interval.opportunity.high} point={item.opportunity} />
        </Group>
      </Table.Td>
      <Table.Td>
        <ZoneBadge zone={item.zone} />
      </Table.Td>
      <Table.Td>
        <Group gap={4} wrap="nowrap">
          <span className={classes.numeric} title={`${item.nImportance} importance answers, ${item.nSatisfaction} satisfaction answers`}>
            {answers}
          </span>
          {item.lowSample ? <LowSampleWarning nImportance={item.nImportance} nSatisfaction={item.nSatisfaction} /> : null}
        </Group>
      </Table.Td>
      <Table.Td>
        <Anchor component={Link} to={paths.outcome(projectId, item.outcomeId)} size="sm" aria-label={`${pluralize(item.evidenceCount, 'quote')} for ${item.key}`}>
          {item.evidenceCount}
        </Anchor>
      </Table.Td>
      <Table.Td>
        <OpportunityChainCell journeys={item.journeys} kpis={item.kpis} solutions={item.solutions} />
      </Table.Td>
    </Table.Tr>
  );
});
