import type { AtlasOpportunity } from '@outcome-atlas/contracts';
import { GARTNER_CX_PYRAMID } from '@outcome-atlas/domain';
import { formatScore } from '../../../lib/format';

/** "O-3 13.2", or "O-3" alone while the outcome has no ratings. */
export const opportunityLabel = (opportunity: AtlasOpportunity): string =>
  opportunity.opportunity === null ? opportunity.key : `${opportunity.key} ${formatScore(opportunity.opportunity)}`;

/** "2 Accountability" for level 2; null for a touchpoint without a level. */
export function cxLevelName(level: number | null): string | null {
  if (level === null) return null;
  return GARTNER_CX_PYRAMID.find((entry) => entry.level === level)?.name ?? null;
}

export function cxLevelExpectation(level: number | null): string | null {
  if (level === null) return null;
  return GARTNER_CX_PYRAMID.find((entry) => entry.level === level)?.expectation ?? null;
}
