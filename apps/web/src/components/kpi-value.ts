import { isKpiType, KPI_DEFINITIONS, type KpiUnit } from '@outcome-atlas/domain';

/**
 * What formatting a KPI's figures needs: its type, its unit string and (CES, CSAT) its answer scale. Without a
 * type (the backlog's KPI glances carry only the unit) the unit alone decides, as for a custom KPI.
 */
export type KpiValueFormat = { type?: string | undefined; unit: string; scale?: number | null | undefined };

const MINUS = '−';

/** The method's unit for a type; anything unknown is treated as a custom KPI with its own unit. */
export function definitionUnit(type: string | undefined): KpiUnit {
  return type !== undefined && isKpiType(type) ? KPI_DEFINITIONS[type].unit : 'user-defined';
}

/** "NPS", "CSAT", "TTV": the method's short name for a type; an unknown type shows as it is. */
export const kpiTypeLabel = (type: string): string => (isKpiType(type) ? KPI_DEFINITIONS[type].abbreviation : type);

// Building a NumberFormat costs far more than using one, and a large atlas formats thousands of values.
const numberFormats = new Map<string, Intl.NumberFormat>();
function numberFormat(options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = JSON.stringify(options);
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(undefined, options);
    numberFormats.set(key, format);
  }
  return format;
}

function number(value: number, options: Intl.NumberFormatOptions = {}): string {
  // A typographic minus reads better next to the plus sign of signed figures.
  return numberFormat({ maximumFractionDigits: 1, ...options }).format(value).replace('-', MINUS);
}

const signed = (value: number, options: Intl.NumberFormatOptions = {}) => number(value, { signDisplay: 'exceptZero', ...options });

const isCurrencyCode = (unit: string) => /^[A-Z]{3}$/.test(unit.trim());

function withUnit(formatted: string, unit: string): string {
  const trimmed = unit.trim();
  if (trimmed === '') return formatted;
  return trimmed === '%' ? `${formatted}%` : `${formatted} ${trimmed}`;
}

function currency(value: number, code: string, sign: boolean): string {
  try {
    return numberFormat({ style: 'currency', currency: code.trim(), maximumFractionDigits: 0, signDisplay: sign ? 'exceptZero' : 'auto' })
      .format(value)
      .replace('-', MINUS);
  } catch {
    return withUnit(sign ? signed(value, { maximumFractionDigits: 0 }) : number(value, { maximumFractionDigits: 0 }), code);
  }
}

/**
 * A KPI value as people read it: NPS signed points ("+32"), shares with % ("82.5%"), CES as a mean with one
 * decimal on its scale ("3.4 / 7"), TTV with its time unit ("12 days"), CLV in its currency ("€1,200"),
 * custom KPIs with their own unit.
 */
export function formatKpiValue(value: number, kpi: KpiValueFormat): string {
  switch (definitionUnit(kpi.type)) {
    case 'nps-points':
      return signed(value);
    case 'percent':
      return `${number(value)}%`;
    case 'scale-mean': {
      const mean = number(value, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
      return kpi.scale ? `${mean} / ${kpi.scale}` : mean;
    }
    case 'currency':
      return isCurrencyCode(kpi.unit) ? currency(value, kpi.unit, false) : withUnit(number(value, { maximumFractionDigits: 0 }), kpi.unit);
    case 'duration':
    case 'user-defined':
      return withUnit(number(value), kpi.unit);
  }
}

/** A value or a dash when there is none. */
export const formatOptionalKpiValue = (value: number | null, kpi: KpiValueFormat, empty = '—') => (value === null ? empty : formatKpiValue(value, kpi));

/** "71.4% (target 80%)", "no data yet (target 80%)", "+32 (no target)": where a KPI stands, in one line. */
export function formatLatestVsTarget(latest: number | null, target: number | null, kpi: KpiValueFormat): string {
  const now = formatOptionalKpiValue(latest, kpi, 'no data yet');
  return `${now} (${target === null ? 'no target' : `target ${formatKpiValue(target, kpi)}`})`;
}

/**
 * A change between two values of the KPI, always signed: "+5 points" (NPS), "+3.1 pp" (percentage
 * points, not percent), "−0.4" (CES mean), "−2 days", "+€100".
 */
export function formatKpiChange(change: number, kpi: KpiValueFormat): string {
  switch (definitionUnit(kpi.type)) {
    case 'nps-points':
      return `${signed(change)} points`;
    case 'percent':
      return `${signed(change)} pp`;
    case 'scale-mean':
      return signed(change, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
    case 'currency':
      return isCurrencyCode(kpi.unit) ? currency(change, kpi.unit, true) : withUnit(signed(change, { maximumFractionDigits: 0 }), kpi.unit);
    case 'duration':
    case 'user-defined':
      return withUnit(signed(change), kpi.unit);
  }
}

/** The unit in words for a definition: what a value of this KPI means. */
export function describeUnit(kpi: KpiValueFormat): string {
  switch (definitionUnit(kpi.type)) {
    case 'nps-points':
      return 'NPS points, −100 to +100';
    case 'percent':
      return 'percent, 0 to 100';
    case 'scale-mean':
      return kpi.scale ? `mean on the 1–${kpi.scale} answer scale` : 'mean on the answer scale';
    case 'duration':
      return kpi.unit.trim() ? `time in ${kpi.unit.trim()}` : 'time';
    case 'currency':
      return kpi.unit.trim() ? `money in ${kpi.unit.trim()}` : 'money';
    case 'user-defined':
      return kpi.unit.trim() || 'no unit';
  }
}

export const directionLabel = (higherIsBetter: boolean) => (higherIsBetter ? 'Higher is better' : 'Lower is better');

/** Both formatters bound to one KPI, for views that show its values and changes (e.g. a solution's evaluation). */
export const kpiValueFormatter = (kpi: KpiValueFormat) => ({
  value: (value: number) => formatKpiValue(value, kpi),
  change: (change: number) => formatKpiChange(change, kpi),
});
