import { describe, expect, it } from 'vitest';
import type { FeatureMatrix } from './feature-matrix.js';
import { kMeans } from './k-means.js';
import { createSeededRandom } from './seeded-random.js';

/** `perCluster` points around each centre, jittered by at most ±spread per coordinate. */
function blobs(centres: number[][], perCluster: number, spread: number, seed: number): { points: FeatureMatrix; truth: number[] } {
  const random = createSeededRandom(seed);
  const rows: number[][] = [];
  const truth: number[] = [];
  for (let i = 0; i < perCluster; i++) {
    centres.forEach((centre, cluster) => {
      rows.push(centre.map((value) => value + (random() * 2 - 1) * spread));
      truth.push(cluster);
    });
  }
  return { points: { values: Float64Array.from(rows.flat()), rows: rows.length, columns: centres[0]?.length ?? 0 }, truth };
}

/** Partition as a canonical set of member lists, so label numbering does not matter. */
function partition(labels: ArrayLike<number>): string[] {
  const groups = new Map<number, number[]>();
  Array.from(labels).forEach((label, i) => groups.set(label, [...(groups.get(label) ?? []), i]));
  return [...groups.values()].map((members) => members.join(',')).sort();
}

describe('kMeans', () => {
  const cases = [
    { scenario: 'two blobs on a line', centres: [[0], [10]], k: 2 },
    { scenario: 'three blobs in 2-D', centres: [[0, 0], [10, 0], [0, 10]], k: 3 },
    { scenario: 'five blobs in 4-D', centres: [[0, 0, 0, 0], [5, 0, 0, 0], [0, 5, 0, 0], [0, 0, 5, 0], [0, 0, 0, 5]], k: 5 },
  ];

  it.each(cases)('recovers the planted partition: $scenario', ({ centres, k }) => {
    const { points, truth } = blobs(centres, 40, 0.5, 11);
    const result = kMeans(points, { k, seed: 3 });
    expect(partition(result.labels)).toEqual(partition(truth));
    expect(Array.from(result.sizes)).toEqual(new Array<number>(k).fill(40));
  });

  it('recovers the planted partition when restarts run on a subsample', () => {
    const { points, truth } = blobs([[0, 0], [10, 0], [0, 10]], 60, 0.5, 5);
    const everyThird = Array.from({ length: points.rows / 3 }, (_, i) => i * 3);
    const trialPoints: FeatureMatrix = {
      values: Float64Array.from(everyThird.flatMap((row) => Array.from(points.values.subarray(row * 2, row * 2 + 2)))),
      rows: everyThird.length,
      columns: 2,
    };
    expect(partition(kMeans(points, { k: 3, seed: 8, trialPoints }).labels)).toEqual(partition(truth));
  });

  it('returns centroids at the means of their members and the matching inertia', () => {
    const points: FeatureMatrix = { values: Float64Array.from([0, 2, 10, 12]), rows: 4, columns: 1 };
    const result = kMeans(points, { k: 2, seed: 1 });
    expect(partition(result.labels)).toEqual(['0,1', '2,3']);
    expect(Array.from(result.centroids).sort((a, b) => a - b)).toEqual([1, 11]);
    expect(result.inertia).toBe(4);
  });

  it('keeps every cluster non-empty when there are fewer distinct points than clusters', () => {
    const points: FeatureMatrix = { values: Float64Array.from([1, 1, 1, 1, 1, 5, 5]), rows: 7, columns: 1 };
    const result = kMeans(points, { k: 4, seed: 2, maxIterations: 20 });
    expect(Array.from(result.sizes).every((size) => size > 0)).toBe(true);
    expect(Array.from(result.sizes).reduce((sum, size) => sum + size, 0)).toBe(7);
    expect(new Set(result.labels).size).toBe(4);
  });

  it('is deterministic for a seed', () => {
    const { points } = blobs([[0, 0], [3, 0], [0, 3]], 30, 2, 4);
    const first = kMeans(points, { k: 3, seed: 99 });
    const second = kMeans(points, { k: 3, seed: 99 });
    expect(Array.from(second.labels)).toEqual(Array.from(first.labels));
    expect(Array.from(second.centroids)).toEqual(Array.from(first.centroids));
    expect(second.inertia).toBe(first.inertia);
  });

  it('never does worse with more restarts on overlapping data', () => {
    const { points } = blobs([[0, 0], [2, 0], [0, 2], [2, 2]], 25, 1.5, 6);
    const single = kMeans(points, { k: 4, seed: 12, restarts: 1 });
    const several = kMeans(points, { k: 4, seed: 12, restarts: 5 });
    expect(several.inertia).toBeLessThanOrEqual(single.inertia);
  });
});
