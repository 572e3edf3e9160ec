/**
 * kpiTargetStatus of libs/domain as a SQL expression, so a list can filter by status before the page
 * is cut. The two must agree (kpis.spec.ts compares them over a grid of values): no latest value is
 * `no-data`, then no target is `no-target`, then reaching the target in the KPI's direction (equal
 * counts) is `meets`, anything else `misses`.
 */
export const kpiStatusSql = (latest: string, target: string, higherIsBetter: string): string =>
  `CASE WHEN ${latest} IS NULL THEN 'no-data'
        WHEN ${target} IS NULL THEN 'no-target'
        WHEN (${higherIsBetter} AND ${latest} >= ${target}) OR (NOT ${higherIsBetter} AND ${latest} <= ${target}) THEN 'meets'
        ELSE 'misses' END`;
