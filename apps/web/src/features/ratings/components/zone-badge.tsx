import { Badge } from '@mantine/core';
import type { OpportunityZone } from '@outcome-atlas/domain';

export const ZONE_LABELS: Record<OpportunityZone, string> = {
  extreme: 'Extreme opportunity',
  high: 'High opportunity',
  solid: 'Solid opportunity',
  served: 'Served',
  overserved: 'Over-served',
};
const ZONE_COLORS: Record<OpportunityZone, string> = { extreme: 'red', high: 'orange', solid: 'yellow', served: 'gray', overserved: 'blue' };

export function ZoneBadge({ zone }: { zone: OpportunityZone }) {
  return (
    <Badge color={ZONE_COLORS[zone]} variant="light" size="xs" tt="none" data-zone={zone}>
      {ZONE_LABELS[zone]}
    </Badge>
  );
}
