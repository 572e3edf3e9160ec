import { Badge } from '@mantine/core';
import type { OpportunityZoneName } from '@outcome-atlas/contracts';
import { ZONE_STYLES } from '../utils/zones';

export function ZoneBadge({ zone }: { zone: OpportunityZoneName }) {
  const style = ZONE_STYLES[zone];
  return (
    <Badge color={style.color} variant="light" size="sm" tt="none" title={style.rule} data-zone={zone}>
      {style.label}
    </Badge>
  );
}
