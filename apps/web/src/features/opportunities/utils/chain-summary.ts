import type { OpportunityItem, SolutionStatus } from '@outcome-atlas/contracts';
import { formatLatestVsTarget } from '../../../components/kpi-value';
import { SOLUTION_STATUS_STYLES } from '../../../components/solution-status-badge';
import { pluralize } from '../../../lib/format';

export type JourneySummary = { count: number; label: string };
export type KpiSummary = { count: number; missing: number; label: string; details: string[] };
export type SolutionSummary = { count: number; furthest: SolutionStatus | null; label: string; details: string[] };

/** "Shows at 2 touchpoints and 1 stage": a link without a touchpoint places the outcome on the whole stage. */
export function summarizeJourneys(journeys: OpportunityItem['journeys']): JourneySummary {
  const touchpoints = journeys.filter((place) => place.touchpointId !== null).length;
  const stages = journeys.length - touchpoints;
  const parts = [touchpoints > 0 ? pluralize(touchpoints, 'touchpoint') : null, stages > 0 ? pluralize(stages, 'stage') : null].filter((part) => part !== null);
  return { count: journeys.length, label: parts.length === 0 ? 'Not in a journey' : `Shows at ${parts.join(' and ')}` };
}

/** "2 KPIs, 1 missing target" (the API judges each KPI in its own direction). */
export function summarizeKpis(kpis: OpportunityItem['kpis']): KpiSummary {
  const missing = kpis.filter((kpi) => kpi.status === 'misses').length;
  const label = kpis.length === 0 ? 'No KPI' : `${pluralize(kpis.length, 'KPI')}${missing > 0 ? `, ${missing} missing target` : ''}`;
  const details = kpis.map((kpi) => `${kpi.name}: ${formatLatestVsTarget(kpi.latest, kpi.target, kpi)}${kpi.status === 'misses' ? ', missing target' : ''}`);
  return { count: kpis.length, missing, label, details };
}

// How far a solution got; dropped ones went nowhere.
const PROGRESS: Record<SolutionStatus, number> = { dropped: 0, idea: 1, testing: 2, shipped: 3, evaluated: 4 };

/** "2 solutions, furthest: Shipped". */
export function summarizeSolutions(solutions: OpportunityItem['solutions']): SolutionSummary {
  const furthest = solutions.reduce<SolutionStatus | null>((best, solution) => (best === null || PROGRESS[solution.status] > PROGRESS[best] ? solution.status : best), null);
  const label = furthest === null ? 'No solution' : `${pluralize(solutions.length, 'solution')}, furthest: ${SOLUTION_STATUS_STYLES[furthest].label}`;
  const details = solutions.map((solution) => `${solution.title} (${SOLUTION_STATUS_STYLES[solution.status].label})`);
  return { count: solutions.length, furthest, label, details };
}
