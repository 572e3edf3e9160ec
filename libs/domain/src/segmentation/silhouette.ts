import { squaredDistancesToCentroids, type FeatureMatrix } from './feature-matrix.js';
import type { RandomSource } from './seeded-random.js';

/**
 * The respondents the silhouette is estimated on, with their pairwise Euclidean distances
 * (row-major `size × size`), computed once and reused for every candidate k.
 */
export type SilhouetteSample = {
  /** Row indices into the full matrix, ascending. */
  readonly indices: Int32Array;
  /** The sampled rows, copied into one compact matrix (also used for k-means restarts). */
  readonly points: FeatureMatrix;
  readonly distances: Float64Array;
};

/**
 * Draws `min(rows, maxSize)` distinct row indices uniformly (a partial Fisher–Yates shuffle), sorted
 * ascending so the later distance pass walks memory in order. With `rows <= maxSize` every row is kept.
 */
export function sampleRows(rows: number, maxSize: number, random: RandomSource): Int32Array {
  const all = Int32Array.from({ length: rows }, (_, i) => i);
  if (rows <= maxSize) {
    return all;
  }
  for (let i = 0; i < maxSize; i++) {
    const j = i + Math.floor(random() * (rows - i));
    const swap = all[i] as number;
    all[i] = all[j] as number;
    all[j] = swap;
  }
  return all.subarray(0, maxSize).sort();
}

/** Pairwise Euclidean distances among the sampled rows; the O(m²·d) step, done once per segmentation. */
export function createSilhouetteSample(points: FeatureMatrix, indices: Int32Array): SilhouetteSample {
  const { values, columns } = points;
  const size = indices.length;
  // Copying the sampled rows together keeps the m² inner loop on a compact, cache-friendly buffer.
  const rows = new Float64Array(size * columns);
  for (let s = 0; s < size; s++) {
    const row = indices[s] as number;
    rows.set(values.subarray(row * columns, (row + 1) * columns), s * columns);
  }
  const distances = new Float64Array(size * size);
  const later = new Float64Array(size);
  for (let a = 0; a < size; a++) {
    // Every later row is a "centroid" here, which lets the three-at-a-time kernel do the pairs.
    const count = size - a - 1;
    squaredDistancesToCentroids(rows, a * columns, rows.subarray((a + 1) * columns), count, columns, later);
    for (let step = 0; step < count; step++) {
      const b = a + 1 + step;
      const distance = Math.sqrt(later[step] as number);
      distances[a * size + b] = distance;
      distances[b * size + a] = distance;
    }
  }
  return { indices, points: { values: rows, rows: size, columns }, distances };
}

/**
 * Mean silhouette coefficient (Rousseeuw, "Silhouettes: a graphical aid to the interpretation and
 * validation of cluster analysis", J. Comput. Appl. Math. 20, 1987) of a clustering, over the sample.
 *
 * For a point i in cluster A, a(i) is its mean Euclidean distance to the other members of A and b(i) the
 * smallest mean distance to the members of any other cluster; s(i) = (b(i) − a(i)) / max(a(i), b(i)),
 * in [−1, 1], and s(i) = 0 when i is alone in its cluster (Rousseeuw's convention) or a = b = 0.
 *
 * Approximation: the labels come from clustering all points, but both the points averaged over and the
 * distances behind a(i) and b(i) are restricted to a uniform random sample (as scikit-learn's
 * `silhouette_score(sample_size=…)` does), turning O(n²·d) into O(m²·d) once plus O(m²) per candidate k.
 * With m = 1,000 the standard error of the mean is about σₛ/√m, small next to the gaps between
 * candidate k worth acting on. Returns 0 when the sample holds fewer than two clusters, where the
 * coefficient is undefined and "no separation" is the honest reading.
 *
 * @param labels cluster of every point of the full matrix, 0..k−1.
 */
export function meanSilhouette(sample: SilhouetteSample, labels: Int32Array, k: number): number {
  const { indices, distances } = sample;
  const size = indices.length;
  const sampleLabels = new Int32Array(size);
  const counts = new Int32Array(k);
  for (let s = 0; s < size; s++) {
    const label = labels[indices[s] as number] as number;
    sampleLabels[s] = label;
    counts[label] = (counts[label] as number) + 1;
  }
  let clustersPresent = 0;
  for (const count of counts) {
    if (count > 0) {
      clustersPresent++;
    }
  }
  if (clustersPresent < 2) {
    return 0;
  }
  const sums = new Float64Array(k);
  let total = 0;
  for (let a = 0; a < size; a++) {
    const own = sampleLabels[a] as number;
    const ownCount = counts[own] as number;
    if (ownCount < 2) {
      continue;
    }
    sums.fill(0);
    const offset = a * size;
    for (let b = 0; b < size; b++) {
      const label = sampleLabels[b] as number;
      sums[label] = (sums[label] as number) + (distances[offset + b] as number);
    }
    // The diagonal distance is 0, so the own-cluster sum already excludes the point itself.
    const within = (sums[own] as number) / (ownCount - 1);
    let nearest = Infinity;
    for (let c = 0; c < k; c++) {
      const count = counts[c] as number;
      if (c !== own && count > 0) {
        nearest = Math.min(nearest, (sums[c] as number) / count);
      }
    }
    const spread = Math.max(within, nearest);
    total += spread > 0 ? (nearest - within) / spread : 0;
  }
  return total / size;
}
