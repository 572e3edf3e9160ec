import type { MantineColor } from '@mantine/core';
import type { OpportunityZoneName } from '@outcome-atlas/contracts';

type ZoneStyle = { label: string; color: MantineColor };

/**
 * The zone labels and colours of the opportunity backlog. A copy of features/opportunities/utils/zones.ts
 * (features do not import each other); both should move to src/components when a third page needs them.
 */
export const ZONE_STYLES: Record<OpportunityZoneName, ZoneStyle> = {
  extreme: { label: 'Extreme', color: 'red' },
  high: { label: 'High', color: 'orange' },
  solid: { label: 'Solid', color: 'yellow' },
  served: { label: 'Served', color: 'gray' },
  overserved: { label: 'Over-served', color: 'blue' },
};

/** Export images cannot read Mantine's CSS variables reliably, so the static board uses fixed hex colours. */
export const ZONE_HEX: Record<OpportunityZoneName, string> = {
  extreme: '#fa5252',
  high: '#fd7e14',
  solid: '#fab005',
  served: '#868e96',
  overserved: '#228be6',
};
