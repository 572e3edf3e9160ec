const valueFormat = new Intl.NumberFormat(undefined, { maximumFractionDigits: 1 });

/** A KPI figure with its unit: "71.4%", "12 days", "—" when there is no value. */
export function formatKpiValue(value: number | null, unit: string): string {
  if (value === null) return '—';
  const figure = valueFormat.format(value);
  if (unit === '') return figure;
  return unit === '%' ? `${figure}%` : `${figure} ${unit}`;
}

/** "71.4% (target 80%)", "no data yet (target 80%)", "71.4% (no target)". */
export function formatLatestVsTarget(latest: number | null, target: number | null, unit: string): string {
  const now = latest === null ? 'no data yet' : formatKpiValue(latest, unit);
  return `${now} (${target === null ? 'no target' : `target ${formatKpiValue(target, unit)}`})`;
}
