import { VisuallyHidden } from '@mantine/core';
import { OPPORTUNITY_ZONES, type OpportunityLandscape } from '@outcome-atlas/contracts';
import { ZONE_STYLES } from '../../../components/zones';
import { formatScore, pluralize } from '../../../lib/format';

const TOP = 5;

/** The chart in words for screen readers: how many outcomes sit in each zone and which lead. */
export function LandscapeSummary({ id, landscape }: { id: string; landscape: OpportunityLandscape }) {
  const { points } = landscape;
  const counts = OPPORTUNITY_ZONES.map((zone) => `${ZONE_STYLES[zone].label.toLowerCase()}: ${points.filter((point) => point.zone === zone).length}`).join(', ');
  const top = points.slice(0, TOP).map((point) => `${point.key} ${point.statement} (opportunity ${formatScore(point.opportunity)})`);
  return (
    <VisuallyHidden id={id} data-testid="landscape-summary">
      {`${pluralize(points.length, 'rated outcome')} over ${pluralize(landscape.respondents, 'respondent')}. By zone, ${counts}. `}
      {top.length > 0 ? `Highest opportunities: ${top.join('; ')}. ` : ''}
      The Backlog tab lists every outcome as a table.
    </VisuallyHidden>
  );
}
