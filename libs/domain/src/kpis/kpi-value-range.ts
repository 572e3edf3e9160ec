import { assertFinite, DomainInputError } from '../validation/index.js';
import { KPI_DEFINITIONS, type KpiType } from './kpi-definitions.js';

/** The values a KPI can take, both ends inclusive; null for an open end. */
export type KpiValueRange = { readonly min: number | null; readonly max: number | null };

/**
 * The values a KPI of `type` can take: NPS −100..100 points; CSAT, TCR and adoption 0..100 percent;
 * CES a mean on its 1..scale answer scale; TTV and CLV 0 or more (a duration, an amount of money);
 * custom KPIs any finite number. Targets and measurements of the KPI must lie in it.
 *
 * @param scale the KPI's answer scale; required for CES, ignored otherwise.
 * @throws DomainInputError EMPTY_INPUT (`scale`) for a CES KPI without a scale.
 */
export function kpiValueRange(type: KpiType, scale: number | null): KpiValueRange {
  switch (type) {
    case 'nps':
      return { min: -100, max: 100 };
    case 'csat':
    case 'tcr':
    case 'adoption':
      return { min: 0, max: 100 };
    case 'ces':
      if (scale === null) throw new DomainInputError('EMPTY_INPUT', 'scale', 'a CES value is a mean on its answer scale, so the scale is needed');
      return { min: 1, max: scale };
    case 'ttv':
    case 'clv':
      return { min: 0, max: null };
    case 'custom':
      return { min: null, max: null };
  }
}

/** Whether `value` is a finite number within `range`. */
export function isWithinKpiRange(value: number, range: KpiValueRange): boolean {
  return Number.isFinite(value) && (range.min === null || value >= range.min) && (range.max === null || value <= range.max);
}

/** The range in words for messages: "from −100 to 100", "0 or more", "any finite number". */
export function describeKpiRange(range: KpiValueRange): string {
  if (range.min !== null && range.max !== null) return `from ${range.min} to ${range.max}`;
  if (range.min !== null) return `${range.min} or more`;
  if (range.max !== null) return `${range.max} or less`;
  return 'any finite number';
}

/**
 * Throws unless `value` is a value a KPI of `type` can take (see {@link kpiValueRange}).
 *
 * @throws DomainInputError NOT_A_NUMBER for a value that is not a finite number; OUT_OF_RANGE, its
 *   message naming the allowed range, for one outside it.
 */
export function assertKpiValue(type: KpiType, scale: number | null, value: unknown, field: string): asserts value is number {
  assertFinite(value, field);
  const range = kpiValueRange(type, scale);
  if (!isWithinKpiRange(value, range)) {
    throw new DomainInputError(
      'OUT_OF_RANGE',
      field,
      `${KPI_DEFINITIONS[type].abbreviation} values must be ${describeKpiRange(range)}, got ${value}`,
    );
  }
}
