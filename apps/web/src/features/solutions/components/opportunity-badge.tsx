import { Badge, Tooltip } from '@mantine/core';
import type { AtlasOpportunity } from '@outcome-atlas/contracts';
import { Link } from 'react-router';
import { ZONE_STYLES } from '../../../components/zones';
import { paths } from '../../../config/paths';
import { formatScore } from '../../../lib/format';

type OpportunityBadgeProps = {
  projectId: string;
  opportunity: AtlasOpportunity;
  /** Link to the outcome's details; off where the row links there already. */
  link?: boolean;
};

/** A targeted opportunity: its key and score, coloured by zone (named in the tooltip and the accessible name). */
export function OpportunityBadge({ projectId, opportunity, link = true }: OpportunityBadgeProps) {
  const zone = opportunity.zone ? ZONE_STYLES[opportunity.zone] : null;
  const score = opportunity.opportunity === null ? 'not rated' : formatScore(opportunity.opportunity);
  const description = `${opportunity.statement} (${zone ? `${zone.label} opportunity, ` : ''}${opportunity.opportunity === null ? 'not rated yet' : `score ${score}`})`;
  const common = { color: zone?.color ?? 'gray', variant: 'light', size: 'sm', tt: 'none', 'data-zone': opportunity.zone ?? 'unrated' } as const;
  const text = `${opportunity.key} · ${score}`;
  return (
    <Tooltip label={description} multiline w={320} events={{ hover: true, focus: true, touch: true }}>
      {link ? (
        <Badge component={Link} to={paths.outcome(projectId, opportunity.outcomeId)} aria-label={`${opportunity.key}: ${description}`} style={{ cursor: 'pointer' }} {...common}>
          {text}
        </Badge>
      ) : (
        <Badge tabIndex={0} aria-label={`${opportunity.key}: ${zone ? `${zone.label} opportunity, ` : ''}${opportunity.opportunity === null ? 'not rated yet' : `score ${score}`}`} {...common}>
          {text}
        </Badge>
      )}
    </Tooltip>
  );
}
