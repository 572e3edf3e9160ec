import { DomainInputError } from '../validation/index.js';

/** Every KPI type a journey, touchpoint or outcome can be measured by. */
export const KPI_TYPES = ['nps', 'csat', 'ces', 'ttv', 'tcr', 'adoption', 'clv', 'custom'] as const;
export type KpiType = (typeof KPI_TYPES)[number];
/** KPI types whose level and direction are fixed by their method. */
export type StandardKpiType = Exclude<KpiType, 'custom'>;

/**
 * The three levels KPIs are measured on (DOMAIN.md): relationship (WHO, the customer over the whole
 * relationship), journey (WHAT, a path through the lifecycle), touchpoint (HOW, one interaction).
 */
export const KPI_LEVELS = ['relationship', 'journey', 'touchpoint'] as const;
export type KpiLevel = (typeof KPI_LEVELS)[number];

/**
 * The unit a KPI's headline figure is reported in: `nps-points` −100..100, `percent` 0..100,
 * `scale-mean` a mean on the recorded answer scale, `duration` the caller's time unit, `currency` the
 * caller's currency, `user-defined` for custom KPIs.
 */
export type KpiUnit = 'nps-points' | 'percent' | 'scale-mean' | 'duration' | 'currency' | 'user-defined';

type KpiDefinitionFields = {
  name: string;
  abbreviation: string;
  unit: KpiUnit;
  /** The formula in words, for tooltips and exports; null for custom KPIs. */
  formula: string | null;
};

export type StandardKpiDefinition = KpiDefinitionFields & {
  type: StandardKpiType;
  /** False: level and direction below are fixed by the method. */
  userDefined: false;
  level: KpiLevel;
  /** Whether a rise is an improvement; false for effort (CES) and waiting (TTV). */
  higherIsBetter: boolean;
};

/**
 * A KPI the team defines itself (e.g. "invoices disputed per month"): the user chooses its level and
 * direction when creating it, so the definition carries null for both rather than a guess.
 */
export type CustomKpiDefinition = KpiDefinitionFields & {
  type: 'custom';
  userDefined: true;
  level: null;
  higherIsBetter: null;
};

export type KpiDefinition = StandardKpiDefinition | CustomKpiDefinition;

/** Definitions of every KPI type, keyed by type (DOMAIN.md, "KPIs on three levels"). */
export const KPI_DEFINITIONS = {
  nps: {
    type: 'nps',
    name: 'Net Promoter Score',
    abbreviation: 'NPS',
    userDefined: false,
    level: 'relationship',
    higherIsBetter: true,
    unit: 'nps-points',
    formula: '% promoters (9–10) − % detractors (0–6) on a 0–10 scale',
  },
  clv: {
    type: 'clv',
    name: 'Customer Lifetime Value',
    abbreviation: 'CLV',
    userDefined: false,
    level: 'relationship',
    higherIsBetter: true,
    unit: 'currency',
    formula: 'AOV × purchases per year × gross margin × lifespan in years, or ARPU × gross margin ÷ churn rate',
  },
  tcr: {
    type: 'tcr',
    name: 'Task Completion Rate',
    abbreviation: 'TCR',
    userDefined: false,
    level: 'journey',
    higherIsBetter: true,
    unit: 'percent',
    formula: 'completed attempts ÷ all attempts',
  },
  ttv: {
    type: 'ttv',
    name: 'Time to Value',
    abbreviation: 'TTV',
    userDefined: false,
    level: 'journey',
    higherIsBetter: false,
    unit: 'duration',
    formula: 'median (and p75, p90) time from start to first value of journeys that reached value',
  },
  adoption: {
    type: 'adoption',
    name: 'Adoption Rate',
    abbreviation: 'Adoption',
    userDefined: false,
    level: 'journey',
    higherIsBetter: true,
    unit: 'percent',
    formula: 'active customers ÷ eligible customers',
  },
  csat: {
    type: 'csat',
    name: 'Customer Satisfaction Score',
    abbreviation: 'CSAT',
    userDefined: false,
    level: 'touchpoint',
    higherIsBetter: true,
    unit: 'percent',
    formula: '% of answers in the top two points of the scale (4–5 on 1–5)',
  },
  ces: {
    type: 'ces',
    name: 'Customer Effort Score',
    abbreviation: 'CES',
    userDefined: false,
    level: 'touchpoint',
    higherIsBetter: false,
    unit: 'scale-mean',
    formula: 'mean effort on a 1–5 or 1–7 scale (lower is easier)',
  },
  custom: {
    type: 'custom',
    name: 'Custom KPI',
    abbreviation: 'Custom',
    userDefined: true,
    level: null,
    higherIsBetter: null,
    unit: 'user-defined',
    formula: null,
  },
} as const satisfies { readonly [T in StandardKpiType]: StandardKpiDefinition & { type: T } } & {
  readonly custom: CustomKpiDefinition;
};

/** True when `value` is one of {@link KPI_TYPES}; for narrowing strings from requests and imports. */
export function isKpiType(value: unknown): value is KpiType {
  return typeof value === 'string' && (KPI_TYPES as readonly string[]).includes(value);
}

/**
 * The definition of a KPI type: its level and whether higher is better (DOMAIN.md). Custom KPIs
 * return a definition with null level and direction, which the user supplies per KPI.
 *
 * @throws DomainInputError OUT_OF_RANGE (`type`) for a string that is not a KPI type.
 */
export function kpiDefinition(type: StandardKpiType): StandardKpiDefinition;
export function kpiDefinition(type: 'custom'): CustomKpiDefinition;
export function kpiDefinition(type: KpiType): KpiDefinition;
export function kpiDefinition(type: KpiType): KpiDefinition {
  if (!isKpiType(type)) {
    throw new DomainInputError('OUT_OF_RANGE', 'type', `expected one of ${KPI_TYPES.join(', ')}, got ${String(type)}`);
  }
  return KPI_DEFINITIONS[type];
}
