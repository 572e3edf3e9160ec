import { Badge, Group, Table, Text } from '@mantine/core';
import type { OpportunityComparison } from '@outcome-atlas/contracts';
import { useMemo } from 'react';
import { formatScore } from '../../../lib/format';
import { formatDifference } from '../utils/format-score';
import { DifferenceBar } from './difference-bar';
import { LowSampleWarning } from './low-sample-warning';
import classes from './opportunities.module.css';
import { SignificanceCell } from './significance-cell';

type ComparisonTableProps = { comparison: OpportunityComparison; labelA: string; labelB: string };

type Score = OpportunityComparison['outcomes'][number]['a'];

function ScoreCell({ score }: { score: Score }) {
  return (
    <Group gap={4} wrap="nowrap">
      <span className={classes.numeric}>{formatScore(score.opportunity)}</span>
      {score.lowSample ? <LowSampleWarning nImportance={score.nImportance} nSatisfaction={score.nSatisfaction} /> : null}
    </Group>
  );
}

/** Outcome by outcome, largest opportunity difference (either way) first. */
export function ComparisonTable({ comparison, labelA, labelB }: ComparisonTableProps) {
  const rows = useMemo(
    () => [...comparison.outcomes].sort((x, y) => Math.abs(y.difference.opportunity) - Math.abs(x.difference.opportunity)),
    [comparison.outcomes],
  );
  const scale = Math.max(1, ...rows.map((row) => Math.abs(row.difference.opportunity)));

  return (
    <Table.ScrollContainer minWidth={1000} type="native">
      <Table verticalSpacing="xs" aria-label={`Opportunity of ${labelA} compared with ${labelB}`}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Outcome</Table.Th>
            <Table.Th scope="col" w={110}>
              A: {labelA}
            </Table.Th>
            <Table.Th scope="col" w={110}>
              B: {labelB}
            </Table.Th>
            <Table.Th scope="col" w={170}>
              Difference (A − B)
            </Table.Th>
            <Table.Th scope="col" w={180}>
              Importance test
            </Table.Th>
            <Table.Th scope="col" w={180}>
              Satisfaction test
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.outcomeId} data-outcome-id={row.outcomeId}>
              <Table.Td>
                <Group gap={8} wrap="nowrap" align="flex-start">
                  <Badge variant="outline" size="sm" radius="sm" style={{ flexShrink: 0 }}>
                    {row.key}
                  </Badge>
                  <Text size="sm" className={classes.statement}>
                    {row.statement}
                  </Text>
                </Group>
              </Table.Td>
              <Table.Td>
                <ScoreCell score={row.a} />
              </Table.Td>
              <Table.Td>
                <ScoreCell score={row.b} />
              </Table.Td>
              <Table.Td>
                <Group gap={8} wrap="nowrap">
                  <DifferenceBar value={row.difference.opportunity} scale={scale} />
                  <span className={classes.numeric}>{formatDifference(row.difference.opportunity)}</span>
                </Group>
              </Table.Td>
              <Table.Td>
                <SignificanceCell pValue={row.importance.pValue} significant={row.importance.significant} />
              </Table.Td>
              <Table.Td>
                <SignificanceCell pValue={row.satisfaction.pValue} significant={row.satisfaction.significant} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
