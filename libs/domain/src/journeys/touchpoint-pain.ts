import type { KpiTargetStatus } from '../kpis/kpi-status.js';

/** A touchpoint hurts when its best linked opportunity reaches this score ("high" zone and above, DOMAIN.md). */
export const PAIN_OPPORTUNITY_THRESHOLD = 12;

export type PainReason = 'opportunity' | 'kpi';

export type TouchpointPain = {
  marked: boolean;
  /** The highest score among the rated opportunities given, null when none is rated. */
  bestOpportunity: number | null;
  /** Why it is marked, in this order: `opportunity` (best ≥ threshold), `kpi` (a KPI misses its target). */
  reasons: PainReason[];
};

/**
 * The atlas pain marker of one touchpoint: marked when the best opportunity linked there is
 * ≥ {@link PAIN_OPPORTUNITY_THRESHOLD} or when any of its KPIs misses its target. Unrated
 * opportunities (null) and KPIs without data or target never mark a touchpoint.
 */
export function touchpointPain(opportunities: readonly (number | null)[], kpiStatuses: readonly KpiTargetStatus[]): TouchpointPain {
  const rated = opportunities.filter((score): score is number => score !== null && Number.isFinite(score));
  const bestOpportunity = rated.length > 0 ? Math.max(...rated) : null;
  const reasons: PainReason[] = [];
  if (bestOpportunity !== null && bestOpportunity >= PAIN_OPPORTUNITY_THRESHOLD) reasons.push('opportunity');
  if (kpiStatuses.includes('misses')) reasons.push('kpi');
  return { marked: reasons.length > 0, bestOpportunity, reasons };
}
