import type { MantineColor } from '@mantine/core';
import type { OpportunityZoneName } from '@outcome-atlas/contracts';

type ZoneStyle = { label: string; longLabel: string; color: MantineColor; rule: string };

/** One label and colour per zone, shared by every badge, chart and card that shows a zone. */
export const ZONE_STYLES: Record<OpportunityZoneName, ZoneStyle> = {
  extreme: { label: 'Extreme', longLabel: 'Extreme opportunity', color: 'red', rule: 'Opportunity above 15' },
  high: { label: 'High', longLabel: 'High opportunity', color: 'orange', rule: 'Opportunity 12 to 15' },
  solid: { label: 'Solid', longLabel: 'Solid opportunity', color: 'yellow', rule: 'Opportunity 10 to 12' },
  served: { label: 'Served', longLabel: 'Served', color: 'gray', rule: 'Opportunity below 10, satisfaction at most importance' },
  overserved: { label: 'Over-served', longLabel: 'Over-served', color: 'blue', rule: 'Satisfaction above importance' },
};
