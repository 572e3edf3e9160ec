import type { OpportunityZoneName } from '@outcome-atlas/contracts';

/** A point of the landscape: x = satisfaction, y = importance, both 0..10. */
export type LandscapePoint = { satisfaction: number; importance: number };
export type ZoneRegion = { zone: OpportunityZoneName; polygon: LandscapePoint[] };
export type RegionLabel = { text: string; at: LandscapePoint };

export const SCALE_MAX = 10;
const OPPORTUNITY_MAX = 2 * SCALE_MAX;
/** Opportunity where the solid, high and extreme zones start (Ulwick). */
export const OPPORTUNITY_THRESHOLDS = [10, 12, 15] as const;
const [SOLID, HIGH, EXTREME] = OPPORTUNITY_THRESHOLDS;

const point = (satisfaction: number, importance: number): LandscapePoint => ({ satisfaction, importance });

/**
 * The line where opportunity = importance + max(importance − satisfaction, 0) equals `threshold` (10..20).
 * From 10 up it lies where importance ≥ satisfaction, so it is 2·importance − satisfaction = threshold: from the
 * importance axis (satisfaction 0, importance threshold / 2) to the top edge (satisfaction 20 − threshold, importance 10).
 */
export function opportunityLine(threshold: number): [LandscapePoint, LandscapePoint] {
  return [point(0, threshold / 2), point(OPPORTUNITY_MAX - threshold, SCALE_MAX)];
}

const samePoint = (a: LandscapePoint, b: LandscapePoint) => a.satisfaction === b.satisfaction && a.importance === b.importance;

/** The band of opportunity from `low` to `high` (10 ≤ low < high ≤ 20); the top band closes to a triangle. */
function band(low: number, high: number): LandscapePoint[] {
  const [lowStart, lowEnd] = opportunityLine(low);
  const [highStart, highEnd] = opportunityLine(high);
  return samePoint(highStart, highEnd) ? [lowStart, lowEnd, highEnd] : [lowStart, lowEnd, highEnd, highStart];
}

const UNDERSERVED = band(SOLID, OPPORTUNITY_MAX);
const SERVED = [point(0, 0), point(SCALE_MAX, SCALE_MAX), point(0, SOLID / 2)];
const OVERSERVED = [point(0, 0), point(SCALE_MAX, 0), point(SCALE_MAX, SCALE_MAX)];

/**
 * The five zones as polygons that tile the square: the three opportunity bands above the opportunity-10 line,
 * the appropriately served triangle between that line and the diagonal, and the over-served triangle below
 * the diagonal (satisfaction > importance).
 */
export const ZONE_REGIONS: readonly ZoneRegion[] = [
  { zone: 'overserved', polygon: OVERSERVED },
  { zone: 'served', polygon: SERVED },
  { zone: 'solid', polygon: band(SOLID, HIGH) },
  { zone: 'high', polygon: band(HIGH, EXTREME) },
  { zone: 'extreme', polygon: band(EXTREME, OPPORTUNITY_MAX) },
];

/** The mean of a polygon's vertices: inside any convex polygon, so a safe place for its label. */
export function vertexCentroid(polygon: readonly LandscapePoint[]): LandscapePoint {
  const sum = polygon.reduce((total, vertex) => point(total.satisfaction + vertex.satisfaction, total.importance + vertex.importance), point(0, 0));
  return point(sum.satisfaction / polygon.length, sum.importance / polygon.length);
}

/** The three regions a reader looks for, labelled at their centres. */
export const REGION_LABELS: readonly RegionLabel[] = [
  { text: 'Under-served', at: vertexCentroid(UNDERSERVED) },
  { text: 'Appropriately served', at: vertexCentroid(SERVED) },
  { text: 'Over-served', at: vertexCentroid(OVERSERVED) },
];

/** SVG `points` for a polygon, given the chart's scales from satisfaction and importance to pixels. */
export function svgPoints(polygon: readonly LandscapePoint[], x: (satisfaction: number) => number, y: (importance: number) => number): string {
  return polygon.map((vertex) => `${x(vertex.satisfaction)},${y(vertex.importance)}`).join(' ');
}
