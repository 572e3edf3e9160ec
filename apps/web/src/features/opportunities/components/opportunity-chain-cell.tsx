import { Group, Stack, Text, Tooltip } from '@mantine/core';
import type { OpportunityItem } from '@outcome-atlas/contracts';
import { IconBulb, IconRoute, IconTargetArrow } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { TOOLTIP_EVENTS } from '../../../components/outcome-badges';
import { summarizeJourneys, summarizeKpis, summarizeSolutions } from '../utils/chain-summary';
import classes from './opportunity-chain.module.css';

type OpportunityChainCellProps = Pick<OpportunityItem, 'journeys' | 'kpis' | 'solutions'>;

/** The rest of the chain at a glance: journey places, KPIs (red when one misses its target) and solutions. */
export function OpportunityChainCell({ journeys, kpis, solutions }: OpportunityChainCellProps) {
  const journey = summarizeJourneys(journeys);
  const kpi = summarizeKpis(kpis);
  const solution = summarizeSolutions(solutions);
  return (
    <Group gap={10} wrap="nowrap">
      <ChainIndicator part="journeys" icon={<IconRoute size={15} aria-hidden />} count={journey.count} label={journey.label} details={[]} />
      <ChainIndicator
        part="kpis"
        icon={<IconTargetArrow size={15} aria-hidden />}
        count={kpi.count}
        label={kpi.label}
        details={kpi.details}
        missing={kpi.missing > 0}
      />
      <ChainIndicator
        part="solutions"
        icon={<IconBulb size={15} aria-hidden />}
        count={solution.count}
        label={solution.label}
        details={solution.details}
      />
    </Group>
  );
}

type ChainIndicatorProps = { part: string; icon: ReactNode; count: number; label: string; details: string[]; missing?: boolean };

/** An icon and a count, named for screen readers; focusable when its tooltip has more to say. */
// The furthest solution status is in the label and tooltip: spelled out in the cell, it pushed the column off screen.
function ChainIndicator({ part, icon, count, label, details, missing = false }: ChainIndicatorProps) {
  const indicator = (
    <span
      role="img"
      aria-label={label}
      data-chain={part}
      data-missing={missing || undefined}
      data-empty={count === 0 || undefined}
      tabIndex={details.length > 0 ? 0 : undefined}
      className={classes.indicator}
    >
      {icon}
      {count}
    </span>
  );
  if (count === 0) return indicator;
  return (
    <Tooltip
      events={TOOLTIP_EVENTS}
      multiline
      w={280}
      label={
        <Stack gap={2}>
          <Text size="xs" fw={600}>
            {label}
          </Text>
          {details.map((detail, index) => (
            <Text key={index} size="xs">
              {detail}
            </Text>
          ))}
        </Stack>
      }
    >
      {indicator}
    </Tooltip>
  );
}
