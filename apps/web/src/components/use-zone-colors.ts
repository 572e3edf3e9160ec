import { useMantineTheme } from '@mantine/core';
import { OPPORTUNITY_ZONES, type OpportunityZoneName } from '@outcome-atlas/contracts';
import { useMemo } from 'react';
import { ZONE_STYLES } from './zones';

/** The zone colours as hex for SVG charts, from the same Mantine colours the badges use. */
export function useZoneColors(): Record<OpportunityZoneName, string> {
  const theme = useMantineTheme();
  return useMemo(
    () => Object.fromEntries(OPPORTUNITY_ZONES.map((zone) => [zone, theme.colors[ZONE_STYLES[zone].color]?.[6] ?? theme.black])) as Record<OpportunityZoneName, string>,
    [theme],
  );
}
