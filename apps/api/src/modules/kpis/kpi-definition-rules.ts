import type { UpdateKpiRequest } from '@outcome-atlas/contracts';
import {
  checkKpiScale,
  defaultKpiUnit,
  isKpiUnitFixed,
  isWithinKpiRange,
  KPI_DEFINITIONS,
  kpiValueRange,
  type KpiLevel,
  type KpiType,
} from '@outcome-atlas/domain';
import { kpiCustomIncomplete, kpiDirectionFixed, kpiScaleRefused, kpiTargetOutOfRange, kpiUnitFixed } from './kpis.errors.js';

/** The columns of a KPI that its type constrains. */
export type KpiDefinitionColumns = {
  level: KpiLevel;
  unit: string;
  scale: number | null;
  higherIsBetter: boolean;
  target: number | null;
};

export type NewKpiDefinition = {
  type: KpiType;
  level?: KpiLevel | undefined;
  unit?: string | undefined;
  scale?: number | null | undefined;
  higherIsBetter?: boolean | undefined;
  target: number | null;
};

/**
 * The stored definition of a new KPI. Standard types take their direction and (for NPS, CSAT, CES, TCR,
 * adoption) their unit from the method; TTV names its duration unit and CLV its currency, defaulting to
 * days and EUR. The level only defaults to the type's: teams legitimately report e.g. CSAT across a
 * whole journey or NPS after onboarding, so another level is accepted. Custom KPIs name all three.
 */
export function resolveNewKpi(request: NewKpiDefinition): KpiDefinitionColumns {
  const { type } = request;
  const definition = KPI_DEFINITIONS[type];
  if (definition.userDefined) {
    const missing = (['level', 'unit', 'higherIsBetter'] as const).filter((field) => request[field] === undefined);
    if (missing.length > 0) throw kpiCustomIncomplete(missing);
  } else {
    checkDirection(type, request.higherIsBetter);
    checkUnit(type, request.unit);
  }
  const scale = resolveScale(type, request.scale);
  checkTarget(type, scale, request.target);
  return {
    level: request.level ?? (definition.level as KpiLevel),
    unit: request.unit ?? defaultKpiUnit(type)!,
    scale,
    higherIsBetter: request.higherIsBetter ?? definition.higherIsBetter!,
    target: request.target,
  };
}

/**
 * The definition after a PATCH, by the same rules as a new KPI. `scaleChanged` tells the caller to
 * refuse the change when the KPI already has measurements (they were taken on the old scale).
 */
export function resolveKpiChange(type: KpiType, current: KpiDefinitionColumns, change: UpdateKpiRequest): KpiDefinitionColumns & { scaleChanged: boolean } {
  if (!KPI_DEFINITIONS[type].userDefined) {
    checkDirection(type, change.higherIsBetter);
    checkUnit(type, change.unit);
  }
  const scale = change.scale === undefined ? current.scale : resolveScale(type, change.scale);
  const target = change.target === undefined ? current.target : change.target;
  const scaleChanged = scale !== current.scale;
  if (change.target !== undefined || scaleChanged) checkTarget(type, scale, target);
  return {
    level: change.level ?? current.level,
    unit: change.unit ?? current.unit,
    scale,
    higherIsBetter: change.higherIsBetter ?? current.higherIsBetter,
    target,
    scaleChanged,
  };
}

function checkDirection(type: KpiType, higherIsBetter: boolean | undefined): void {
  const fixed = KPI_DEFINITIONS[type].higherIsBetter;
  if (higherIsBetter !== undefined && fixed !== null && higherIsBetter !== fixed) throw kpiDirectionFixed(type, fixed);
}

function checkUnit(type: KpiType, unit: string | undefined): void {
  const fixed = defaultKpiUnit(type);
  if (unit !== undefined && isKpiUnitFixed(type) && fixed !== null && unit !== fixed) throw kpiUnitFixed(type, fixed);
}

function resolveScale(type: KpiType, scale: number | null | undefined): number | null {
  const check = checkKpiScale(type, scale);
  if (!check.ok) throw kpiScaleRefused(check);
  return check.scale;
}

function checkTarget(type: KpiType, scale: number | null, target: number | null): void {
  if (target === null) return;
  const range = kpiValueRange(type, scale);
  if (!isWithinKpiRange(target, range)) throw kpiTargetOutOfRange(type, range, target);
}
