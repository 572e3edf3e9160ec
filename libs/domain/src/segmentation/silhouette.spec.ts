import { describe, expect, it } from 'vitest';
import type { FeatureMatrix } from './feature-matrix.js';
import { createSeededRandom } from './seeded-random.js';
import { createSilhouetteSample, meanSilhouette, sampleRows } from './silhouette.js';

const matrix = (rows: number[][]): FeatureMatrix => ({
  values: Float64Array.from(rows.flat()),
  rows: rows.length,
  columns: rows[0]?.length ?? 0,
});

/** Rousseeuw's definition written out directly, O(n²) per point, as the reference. */
function referenceSilhouette(rows: number[][], labels: number[]): number {
  const distance = (a: number[], b: number[]): number => Math.hypot(...a.map((value, j) => value - (b[j] ?? 0)));
  const clusters = [...new Set(labels)];
  const scores = rows.map((row, i) => {
    const meanTo = (cluster: number): number => {
      const others = rows.filter((_, j) => j !== i && labels[j] === cluster);
      return others.reduce((sum, other) => sum + distance(row, other), 0) / others.length;
    };
    const own = labels[i] as number;
    if (labels.filter((label) => label === own).length < 2) return 0;
    const a = meanTo(own);
    const b = Math.min(...clusters.filter((cluster) => cluster !== own).map(meanTo));
    return Math.max(a, b) === 0 ? 0 : (b - a) / Math.max(a, b);
  });
  return scores.reduce((sum, score) => sum + score, 0) / rows.length;
}

describe('meanSilhouette', () => {
  const cases: { scenario: string; rows: number[][]; labels: number[]; k: number }[] = [
    { scenario: 'two tight, distant pairs', rows: [[0], [0.1], [10], [10.1]], labels: [0, 0, 1, 1], k: 2 },
    { scenario: 'a wrong split scores low', rows: [[0], [0.1], [10], [10.1]], labels: [0, 1, 0, 1], k: 2 },
    {
      scenario: 'three clusters in 2-D with a singleton',
      rows: [[0, 0], [0, 1], [1, 0], [5, 5], [5, 6], [9, 0]],
      labels: [0, 0, 0, 1, 1, 2],
      k: 3,
    },
    { scenario: 'a label with no members', rows: [[0], [1], [4], [5]], labels: [0, 0, 2, 2], k: 3 },
  ];

  it.each(cases)('matches the definition: $scenario', ({ rows, labels, k }) => {
    const points = matrix(rows);
    const sample = createSilhouetteSample(points, sampleRows(points.rows, 1000, createSeededRandom(1)));
    expect(meanSilhouette(sample, Int32Array.from(labels), k)).toBeCloseTo(referenceSilhouette(rows, labels), 12);
  });

  it('is 0 when every point sits in one cluster', () => {
    const points = matrix([[0], [1], [2]]);
    const sample = createSilhouetteSample(points, sampleRows(3, 1000, createSeededRandom(1)));
    expect(meanSilhouette(sample, Int32Array.from([1, 1, 1]), 2)).toBe(0);
  });

  it('is 0 when all points coincide', () => {
    const points = matrix([[1], [1], [1], [1]]);
    const sample = createSilhouetteSample(points, sampleRows(4, 1000, createSeededRandom(1)));
    expect(meanSilhouette(sample, Int32Array.from([0, 0, 1, 1]), 2)).toBe(0);
  });
});

describe('sampleRows', () => {
  it('keeps every row, in order, when there are no more than the sample size', () => {
    expect(Array.from(sampleRows(5, 5, createSeededRandom(1)))).toEqual([0, 1, 2, 3, 4]);
  });

  it('draws distinct, ascending rows and repeats the draw for the same seed', () => {
    const first = Array.from(sampleRows(1000, 100, createSeededRandom(9)));
    expect(first).toHaveLength(100);
    expect(new Set(first).size).toBe(100);
    expect(first).toEqual([...first].sort((a, b) => a - b));
    expect(Array.from(sampleRows(1000, 100, createSeededRandom(9)))).toEqual(first);
  });
});
