export { nps, type NetPromoterScore } from './net-promoter-score.js';
export { CSAT_SCALES, csat, type CustomerSatisfactionScore } from './customer-satisfaction-score.js';
export { CES_SCALES, ces, type CesScale, type CustomerEffortScore } from './customer-effort-score.js';
export { taskCompletionRate, type TaskAttempt, type TaskCompletionRate } from './task-completion-rate.js';
export { adoptionRate, type AdoptionRate } from './adoption-rate.js';
export { timeToValue, type TimeToValue, type TimeToValueJourney } from './time-to-value.js';
export {
  customerLifetimeValue,
  type ChurnLifetimeValueInput,
  type CustomerLifetimeValue,
  type CustomerLifetimeValueInput,
  type PurchaseLifetimeValueInput,
} from './customer-lifetime-value.js';
export {
  isKpiType,
  KPI_DEFINITIONS,
  KPI_LEVELS,
  KPI_TYPES,
  kpiDefinition,
  type CustomKpiDefinition,
  type KpiDefinition,
  type KpiLevel,
  type KpiType,
  type KpiUnit,
  type StandardKpiDefinition,
  type StandardKpiType,
} from './kpi-definitions.js';
export {
  GARTNER_CX_PYRAMID,
  type CxPyramidLevel,
  type CxPyramidLevelKey,
  type CxPyramidLevelNumber,
} from './cx-pyramid.js';
export { kpiTargetStatus, type KpiTargetStatus } from './kpi-status.js';
export { describeKpiRange, isWithinKpiRange, kpiValueRange, assertKpiValue, type KpiValueRange } from './kpi-value-range.js';
export { checkKpiScale, DEFAULT_CSAT_SCALE, type KpiScaleCheck } from './kpi-scale.js';
export { defaultKpiUnit, isKpiUnitFixed } from './kpi-units.js';
export {
  COMPUTABLE_KPI_TYPES,
  isComputableKpiType,
  KPI_RESPONSE_COLUMNS,
  parseDecimalText,
  parseKpiResponse,
  type AdoptionCounts,
  type ComputableKpiType,
  type KpiResponseAnswer,
} from './kpi-responses.js';
export { measurementFromResponses, type ComputedKpiMeasurement } from './measurement-from-responses.js';
