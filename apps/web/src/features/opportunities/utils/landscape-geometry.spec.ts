import { opportunity, opportunityZone } from '@outcome-atlas/domain';
import { describe, expect, it } from 'vitest';
import { type LandscapePoint, opportunityLine, REGION_LABELS, svgPoints, vertexCentroid, ZONE_REGIONS } from './landscape-geometry';

const p = (satisfaction: number, importance: number): LandscapePoint => ({ satisfaction, importance });

function area(polygon: readonly LandscapePoint[]): number {
  let twice = 0;
  polygon.forEach((vertex, index) => {
    const next = polygon[(index + 1) % polygon.length]!;
    twice += vertex.satisfaction * next.importance - next.satisfaction * vertex.importance;
  });
  return Math.abs(twice) / 2;
}

/** Strictly inside a convex polygon (the vertices go around in either direction). */
function strictlyInside(polygon: readonly LandscapePoint[], at: LandscapePoint): boolean {
  const signs = polygon.map((vertex, index) => {
    const next = polygon[(index + 1) % polygon.length]!;
    return Math.sign((next.satisfaction - vertex.satisfaction) * (at.importance - vertex.importance) - (next.importance - vertex.importance) * (at.satisfaction - vertex.satisfaction));
  });
  return signs.every((sign) => sign > 0) || signs.every((sign) => sign < 0);
}

const regionOf = (zone: string) => ZONE_REGIONS.find((region) => region.zone === zone)!.polygon;

describe('opportunityLine', () => {
  it.each([
    { threshold: 10, start: p(0, 5), end: p(10, 10) },
    { threshold: 12, start: p(0, 6), end: p(8, 10) },
    { threshold: 15, start: p(0, 7.5), end: p(5, 10) },
  ])('opportunity $threshold runs from $start to $end', ({ threshold, start, end }) => {
    expect(opportunityLine(threshold)).toEqual([start, end]);
  });

  it('lies where the opportunity algorithm gives exactly the threshold', () => {
    for (const threshold of [10, 12, 15, 18]) {
      for (const vertex of opportunityLine(threshold)) expect(opportunity(vertex.importance, vertex.satisfaction)).toBeCloseTo(threshold, 12);
    }
  });
});

describe('zone regions', () => {
  it('shade the under-served region above the opportunity-10 line and the over-served one below the diagonal', () => {
    expect(regionOf('overserved')).toEqual([p(0, 0), p(10, 0), p(10, 10)]);
    expect(regionOf('served')).toEqual([p(0, 0), p(10, 10), p(0, 5)]);
    expect(regionOf('solid')).toEqual([p(0, 5), p(10, 10), p(8, 10), p(0, 6)]);
    expect(regionOf('high')).toEqual([p(0, 6), p(8, 10), p(5, 10), p(0, 7.5)]);
    expect(regionOf('extreme')).toEqual([p(0, 7.5), p(5, 10), p(0, 10)]);
  });

  it('tile the 10 × 10 square', () => {
    expect(ZONE_REGIONS.reduce((total, region) => total + area(region.polygon), 0)).toBeCloseTo(100, 12);
  });

  it('agree with the domain zone of every grid point strictly inside them', () => {
    let checked = 0;
    for (let satisfaction = 0.25; satisfaction < 10; satisfaction += 0.5) {
      for (let importance = 0.25; importance < 10; importance += 0.5) {
        const at = p(satisfaction, importance);
        const region = ZONE_REGIONS.find((candidate) => strictlyInside(candidate.polygon, at));
        if (!region) continue;
        expect(region.zone, `satisfaction ${satisfaction}, importance ${importance}`).toBe(opportunityZone(importance, satisfaction));
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(350);
  });
});

describe('labels and SVG points', () => {
  it('places each region label inside its region', () => {
    const [under, served, over] = REGION_LABELS;
    expect(under!.text).toBe('Under-served');
    expect(opportunity(under!.at.importance, under!.at.satisfaction)).toBeGreaterThan(10);
    expect(opportunityZone(served!.at.importance, served!.at.satisfaction)).toBe('served');
    expect(opportunityZone(over!.at.importance, over!.at.satisfaction)).toBe('overserved');
  });

  it('averages the vertices for the centre', () => {
    expect(vertexCentroid([p(0, 0), p(10, 0), p(10, 10)])).toEqual({ satisfaction: 20 / 3, importance: 10 / 3 });
  });

  it('maps data to pixels through the scales (y grows downwards in SVG)', () => {
    expect(svgPoints(regionOf('extreme'), (s) => 40 + s * 50, (i) => 520 - i * 50)).toBe('40,145 290,20 40,20');
  });
});
