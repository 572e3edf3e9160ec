import type { AtlasOpportunity, KpiGlance } from '@outcome-atlas/contracts';
import { touchpointPain, type TouchpointPain } from '@outcome-atlas/domain';
import { byOpportunity } from '../opportunities/opportunity-glance.query.js';

/**
 * The scored outcomes behind some outcome ids, best first. Outcomes merged into another one are left
 * out when `withMerged` is false (the atlas): their evidence and ratings now live on the survivor.
 */
export function linkedOpportunities(outcomeIds: readonly string[], glances: ReadonlyMap<string, AtlasOpportunity>, withMerged: boolean): AtlasOpportunity[] {
  return outcomeIds
    .map((id) => glances.get(id))
    .filter((glance): glance is AtlasOpportunity => glance !== undefined && (withMerged || glance.status !== 'merged'))
    .sort(byOpportunity);
}

/**
 * The pain marker of a touchpoint. Only accepted outcomes count towards it, as in the backlog: a
 * proposed outcome is not vetted yet and a rejected one was judged not to be a need, whatever its score.
 */
export function painOf(opportunities: readonly AtlasOpportunity[], kpis: readonly KpiGlance[]): TouchpointPain {
  return touchpointPain(
    opportunities.filter((opportunity) => opportunity.status === 'accepted').map((opportunity) => opportunity.opportunity),
    kpis.map((kpi) => kpi.status),
  );
}
