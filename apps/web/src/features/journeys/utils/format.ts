import type { AtlasOpportunity, KpiGlance, KpiStatus } from '@outcome-atlas/contracts';
import { GARTNER_CX_PYRAMID, roundScore } from '@outcome-atlas/domain';

/** A score as the backlog shows it: one decimal (12.25 → "12.3"). */
export const formatScore = (value: number): string => roundScore(value).toFixed(1);

/** "O-3 13.2", or "O-3" alone while the outcome has no ratings. */
export const opportunityLabel = (opportunity: AtlasOpportunity): string =>
  opportunity.opportunity === null ? opportunity.key : `${opportunity.key} ${formatScore(opportunity.opportunity)}`;

const kpiNumber = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });

/** 42 with unit "%" → "42%"; 3.9 with "days" → "3.9 days"; null → "—". */
export function formatKpiValue(value: number | null, unit: string): string {
  if (value === null) return '—';
  const number = kpiNumber.format(value);
  if (!unit) return number;
  return unit === '%' ? `${number}%` : `${number} ${unit}`;
}

/** "3.9 / 4.2 days" (latest against target), "3.9 days" without a target, "no data" before the first measurement. */
export function formatLatestVsTarget(kpi: Pick<KpiGlance, 'latest' | 'target' | 'unit'>): string {
  if (kpi.latest === null) return kpi.target === null ? 'no data' : `no data / ${formatKpiValue(kpi.target, kpi.unit)}`;
  if (kpi.target === null) return formatKpiValue(kpi.latest, kpi.unit);
  return `${kpiNumber.format(kpi.latest)} / ${formatKpiValue(kpi.target, kpi.unit)}`;
}

export const KPI_STATUS_LABELS: Record<KpiStatus, string> = {
  meets: 'meets target',
  misses: 'misses target',
  'no-target': 'no target',
  'no-data': 'no data yet',
};

export const KPI_STATUS_COLORS: Record<KpiStatus, string> = { meets: 'teal', misses: 'red', 'no-target': 'gray', 'no-data': 'gray' };

/** "2 Accountability" for level 2; null for a touchpoint without a level. */
export function cxLevelName(level: number | null): string | null {
  if (level === null) return null;
  return GARTNER_CX_PYRAMID.find((entry) => entry.level === level)?.name ?? null;
}

export function cxLevelExpectation(level: number | null): string | null {
  if (level === null) return null;
  return GARTNER_CX_PYRAMID.find((entry) => entry.level === level)?.expectation ?? null;
}
