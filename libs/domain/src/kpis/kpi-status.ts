/** How a KPI stands: its latest value against its target, in the KPI's better direction. */
export type KpiTargetStatus = 'meets' | 'misses' | 'no-target' | 'no-data';

/**
 * `meets` when the latest value reaches the target in the KPI's direction (≥ target when higher is
 * better, ≤ target otherwise; equal counts as meeting), `misses` when it does not, `no-data` without a
 * measurement and `no-target` without a target. No data wins over no target: there is nothing to judge.
 */
export function kpiTargetStatus(latest: number | null, target: number | null, higherIsBetter: boolean): KpiTargetStatus {
  if (latest === null) return 'no-data';
  if (target === null) return 'no-target';
  const meets = higherIsBetter ? latest >= target : latest <= target;
  return meets ? 'meets' : 'misses';
}
