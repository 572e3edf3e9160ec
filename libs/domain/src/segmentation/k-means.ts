import { squaredDistance, type FeatureMatrix } from './feature-matrix.js';
import { seedCentroidsPlusPlus } from './k-means-plus-plus.js';
import { runLloyd } from './lloyd-iterations.js';
import { createSeededRandom, deriveSeed } from './seeded-random.js';

export type KMeansOptions = {
  /** Number of clusters; 1 <= k <= number of points. */
  readonly k: number;
  /** Seed for the k-means++ draws; every restart derives its own stream from it. */
  readonly seed: number;
  /** Independent seeded runs; the one with the lowest inertia wins. Defaults to {@link DEFAULT_RESTARTS}. */
  readonly restarts?: number;
  /** Upper bound on Lloyd iterations per run. Defaults to {@link DEFAULT_MAX_ITERATIONS}. */
  readonly maxIterations?: number;
  /**
   * A uniform subsample of `points` to run the restarts on; the winner's centroids are then refined
   * on all points. Defaults to `points` (restarts on the full data, no refinement).
   */
  readonly trialPoints?: FeatureMatrix;
};

export type KMeansResult = {
  /** Cluster of each point, 0..k−1; every cluster holds at least one point. */
  readonly labels: Int32Array;
  /** Cluster means, row-major `k × columns`. */
  readonly centroids: Float64Array;
  /** Points per cluster. */
  readonly sizes: Int32Array;
  /** Within-cluster sum of squared distances to the centroid (the k-means objective). */
  readonly inertia: number;
  /** Lloyd iterations of the returned run (the full-data refinement when `trialPoints` is given). */
  readonly iterations: number;
};

export const DEFAULT_RESTARTS = 3;
export const DEFAULT_MAX_ITERATIONS = 100;
/**
 * Runs stop once the centroids move less than this fraction of the data's mean per-feature variance
 * (summed squared shift), scikit-learn's criterion: later iterations only shuffle boundary points.
 */
const RELATIVE_TOLERANCE = 1e-4;

function meanColumnVariance(points: FeatureMatrix): number {
  const { values, rows, columns } = points;
  const sums = new Float64Array(columns);
  const squares = new Float64Array(columns);
  for (let r = 0; r < rows; r++) {
    const offset = r * columns;
    for (let c = 0; c < columns; c++) {
      const value = values[offset + c] as number;
      sums[c] = (sums[c] as number) + value;
      squares[c] = (squares[c] as number) + value * value;
    }
  }
  let total = 0;
  for (let c = 0; c < columns; c++) {
    const mean = (sums[c] as number) / rows;
    total += Math.max((squares[c] as number) / rows - mean * mean, 0);
  }
  return total / columns;
}

function inertiaOf(points: FeatureMatrix, labels: Int32Array, centroids: Float64Array): number {
  const { values, rows, columns } = points;
  let total = 0;
  for (let i = 0; i < rows; i++) {
    total += squaredDistance(values, i * columns, centroids, (labels[i] as number) * columns, columns);
  }
  return total;
}

/**
 * k-means clustering (Lloyd's algorithm, 1957/1982) with k-means++ seeding (Arthur & Vassilvitskii 2007).
 *
 * Minimises the inertia Σᵢ ‖xᵢ − μ(cᵢ)‖² by alternating two steps until no label changes, the summed
 * squared centroid shift drops below 1e-4 × the mean feature variance, or `maxIterations` is reached:
 * assign every point to its nearest centroid (squared Euclidean distance; ties to the lower cluster
 * index; Hamerly's bounds skip points that provably keep their centroid), then move every centroid to
 * the mean of its points. A cluster left empty takes the point
 * farthest from its centroid. Lloyd only finds a local optimum, so `restarts` seeded runs are made and
 * the lowest inertia wins (ties to the earlier run). With `trialPoints` the restarts run on that
 * subsample and only the winner is refined on all points, a simplified form of Bradley & Fayyad's
 * "Refining initial points for k-means clustering" (ICML 1998): restarts then cost a fraction of a full
 * run each, and the refinement starts close to a local optimum, so it needs few full-data iterations.
 *
 * Deterministic: the same points, k and seed always give the same result.
 */
export function kMeans(points: FeatureMatrix, options: KMeansOptions): KMeansResult {
  const { k, seed, restarts = DEFAULT_RESTARTS, maxIterations = DEFAULT_MAX_ITERATIONS } = options;
  const trialPoints = options.trialPoints ?? points;
  const trialTolerance = RELATIVE_TOLERANCE * meanColumnVariance(trialPoints);
  const attempt = (restart: number): KMeansResult => {
    const random = createSeededRandom(deriveSeed(seed, restart));
    const run = runLloyd(trialPoints, seedCentroidsPlusPlus(trialPoints, k, random), k, maxIterations, trialTolerance);
    return { ...run, inertia: inertiaOf(trialPoints, run.labels, run.centroids) };
  };
  let best = attempt(0);
  for (let restart = 1; restart < restarts; restart++) {
    const result = attempt(restart);
    if (result.inertia < best.inertia) {
      best = result;
    }
  }
  if (trialPoints === points) {
    return best;
  }
  const tolerance = RELATIVE_TOLERANCE * meanColumnVariance(points);
  const refined = runLloyd(points, best.centroids, k, maxIterations, tolerance);
  return { ...refined, inertia: inertiaOf(points, refined.labels, refined.centroids) };
}
