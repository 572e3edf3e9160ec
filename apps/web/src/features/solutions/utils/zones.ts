import type { MantineColor } from '@mantine/core';
import type { OpportunityZoneName } from '@outcome-atlas/contracts';

/** The landscape's zone colours and names, so a targeted opportunity reads the same here as on the backlog. */
export const ZONE_STYLES: Record<OpportunityZoneName, { label: string; color: MantineColor }> = {
  extreme: { label: 'Extreme', color: 'red' },
  high: { label: 'High', color: 'orange' },
  solid: { label: 'Solid', color: 'yellow' },
  served: { label: 'Served', color: 'gray' },
  overserved: { label: 'Over-served', color: 'blue' },
};
