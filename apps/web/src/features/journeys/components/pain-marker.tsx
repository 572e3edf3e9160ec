import { Badge, Tooltip } from '@mantine/core';
import { type AtlasTouchpoint, PAIN_THRESHOLD } from '@outcome-atlas/contracts';
import { IconFlame } from '@tabler/icons-react';
import { TOOLTIP_EVENTS } from '../../../components/outcome-badges';
import { formatScore } from '../../../lib/format';

/** Why a touchpoint hurts, in words: "Pain: best opportunity 13.2 (≥ 12); a linked KPI misses its target". */
export function painDescription(pain: AtlasTouchpoint['pain']): string {
  const reasons = pain.reasons.map((reason) =>
    reason === 'opportunity'
      ? `best opportunity ${pain.bestOpportunity === null ? '' : `${formatScore(pain.bestOpportunity)} `}(≥ ${PAIN_THRESHOLD})`
      : 'a linked KPI misses its target',
  );
  return `Pain: ${reasons.join('; ') || 'marked'}`;
}

/** Red, with an icon and the word, so it does not depend on colour; the reasons on hover and focus. */
export function PainMarker({ pain }: { pain: AtlasTouchpoint['pain'] }) {
  if (!pain.marked) return null;
  const description = painDescription(pain);
  return (
    <Tooltip label={description} events={TOOLTIP_EVENTS} multiline w={240}>
      <Badge color="red" variant="filled" size="sm" tt="none" tabIndex={0} role="img" aria-label={description} data-testid="pain-marker" leftSection={<IconFlame size={12} aria-hidden />}>
        Pain
      </Badge>
    </Tooltip>
  );
}
