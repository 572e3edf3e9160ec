import { Badge, type MantineSize } from '@mantine/core';
import type { OpportunityZoneName } from '@outcome-atlas/contracts';
import { ZONE_STYLES } from './zones';

type ZoneBadgeProps = {
  zone: OpportunityZoneName;
  size?: MantineSize;
  /** "Extreme opportunity" rather than "Extreme", where the badge stands without a column heading. */
  long?: boolean;
};

export function ZoneBadge({ zone, size = 'sm', long = false }: ZoneBadgeProps) {
  const style = ZONE_STYLES[zone];
  return (
    <Badge color={style.color} variant="light" size={size} tt="none" title={style.rule} data-zone={zone}>
      {long ? style.longLabel : style.label}
    </Badge>
  );
}
