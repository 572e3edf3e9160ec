import { kpiValueRange, type KpiType, type KpiValueRange } from '@outcome-atlas/domain';
import { formatKpiValue, type KpiValueFormat } from '../../../components/kpi-value';

/** The KPI as range checks need it: its type and scale bound the values, the unit formats them. */
export type RangedKpi = KpiValueFormat & { type: KpiType; scale: number | null };

/** The values (and targets) a KPI can take by its method: NPS −100..100, shares 0..100, CES 1..scale, times and money ≥ 0. */
export function valueRange(kpi: RangedKpi): KpiValueRange {
  // A CES KPI always has its scale; while a form has none chosen, only the lower end is known.
  return kpi.type === 'ces' && kpi.scale === null ? { min: 1, max: null } : kpiValueRange(kpi.type, kpi.scale);
}

/** "between −100 and +100", "at least 0 days", or null for any number. */
export function describeRange(range: KpiValueRange, kpi: KpiValueFormat): string | null {
  if (range.min !== null && range.max !== null) return `between ${formatKpiValue(range.min, kpi)} and ${formatKpiValue(range.max, kpi)}`;
  if (range.min !== null) return `at least ${formatKpiValue(range.min, kpi)}`;
  if (range.max !== null) return `at most ${formatKpiValue(range.max, kpi)}`;
  return null;
}
