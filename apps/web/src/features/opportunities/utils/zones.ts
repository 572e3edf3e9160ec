import type { MantineColor } from '@mantine/core';
import type { OpportunityZoneName } from '@outcome-atlas/contracts';

type ZoneStyle = { label: string; color: MantineColor; rule: string };

/** One label and colour per zone, shared by the badges, the landscape and the segment cards. */
export const ZONE_STYLES: Record<OpportunityZoneName, ZoneStyle> = {
  extreme: { label: 'Extreme', color: 'red', rule: 'Opportunity above 15' },
  high: { label: 'High', color: 'orange', rule: 'Opportunity 12 to 15' },
  solid: { label: 'Solid', color: 'yellow', rule: 'Opportunity 10 to 12' },
  served: { label: 'Served', color: 'gray', rule: 'Opportunity below 10, satisfaction at most importance' },
  overserved: { label: 'Over-served', color: 'blue', rule: 'Satisfaction above importance' },
};
