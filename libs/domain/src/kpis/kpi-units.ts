import { KPI_DEFINITIONS, type KpiType, type KpiUnit } from './kpi-definitions.js';

/**
 * The unit label a KPI of each unit kind is stored and shown with. `duration` and `currency` are only
 * defaults: the team names its own time unit ("hours") or currency ("USD"). The others are fixed by
 * the formula, and custom KPIs have no default.
 */
const UNIT_LABELS: Record<KpiUnit, { label: string | null; fixed: boolean }> = {
  'nps-points': { label: 'NPS points', fixed: true },
  percent: { label: '%', fixed: true },
  'scale-mean': { label: 'scale mean', fixed: true },
  duration: { label: 'days', fixed: false },
  currency: { label: 'EUR', fixed: false },
  'user-defined': { label: null, fixed: false },
};

/** The unit a new KPI of `type` gets when none is given; null for custom KPIs, which must name one. */
export function defaultKpiUnit(type: KpiType): string | null {
  return UNIT_LABELS[KPI_DEFINITIONS[type].unit].label;
}

/** Whether the formula fixes the unit (NPS points, %, scale mean), so a KPI of `type` cannot choose another. */
export function isKpiUnitFixed(type: KpiType): boolean {
  return UNIT_LABELS[KPI_DEFINITIONS[type].unit].fixed;
}
