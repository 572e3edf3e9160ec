import { Badge, Group, Text, VisuallyHidden } from '@mantine/core';
import type { AtlasOpportunity } from '@outcome-atlas/contracts';
import { ZONE_STYLES } from '../../../components/zones';
import { opportunityLabel } from '../utils/format';

/** "O-3 13.2" in its zone's colour, the zone also in words for screen readers; the statement and zone in the title. Unrated outcomes are grey. */
export function OpportunityBadge({ opportunity }: { opportunity: AtlasOpportunity }) {
  const zone = opportunity.zone ? ZONE_STYLES[opportunity.zone] : null;
  const description = `${opportunity.statement} (${zone ? `${zone.label} zone` : 'not rated yet'})`;
  return (
    <Badge color={zone?.color ?? 'gray'} variant={zone ? 'light' : 'outline'} size="sm" radius="sm" tt="none" title={description} data-zone={opportunity.zone ?? 'unrated'}>
      {opportunityLabel(opportunity)}
      <VisuallyHidden>{zone ? `, ${zone.label} zone` : ', not rated yet'}</VisuallyHidden>
    </Badge>
  );
}

type OpportunityBadgeListProps = { opportunities: readonly AtlasOpportunity[]; label: string; max?: number };

/** The best few linked opportunities (the API sends them best first) and how many more there are. */
export function OpportunityBadgeList({ opportunities, label, max = 4 }: OpportunityBadgeListProps) {
  if (opportunities.length === 0) return null;
  const hidden = opportunities.length - max;
  return (
    <Group gap={4} role="list" aria-label={label}>
      {opportunities.slice(0, max).map((opportunity) => (
        <span role="listitem" key={opportunity.outcomeId}>
          <OpportunityBadge opportunity={opportunity} />
        </span>
      ))}
      {hidden > 0 ? (
        <Text span size="xs" c="dimmed" role="listitem">
          +{hidden} more
        </Text>
      ) : null}
    </Group>
  );
}
