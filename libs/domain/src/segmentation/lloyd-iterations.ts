import { squaredDistance, squaredDistancesToCentroids, type FeatureMatrix } from './feature-matrix.js';

/** One converged (or capped) Lloyd run from given starting centroids. */
export type LloydRun = {
  readonly labels: Int32Array;
  readonly centroids: Float64Array;
  readonly sizes: Int32Array;
  readonly iterations: number;
};

type Bounds = {
  /** Upper bound on the distance from each point to its own centroid. */
  readonly upper: Float64Array;
  /** Lower bound on the distance from each point to every other centroid. */
  readonly lower: Float64Array;
};

/** Half the distance from each centroid to its nearest other centroid: nearer points cannot switch. */
function halfGaps(centroids: Float64Array, k: number, columns: number, gaps: Float64Array): void {
  gaps.fill(Infinity);
  for (let a = 0; a < k; a++) {
    for (let b = a + 1; b < k; b++) {
      const half = Math.sqrt(squaredDistance(centroids, a * columns, centroids, b * columns, columns)) / 2;
      gaps[a] = Math.min(gaps[a] as number, half);
      gaps[b] = Math.min(gaps[b] as number, half);
    }
  }
}

/**
 * Nearest-centroid assignment with Hamerly's bounds (Hamerly, "Making k-means even faster", SDM 2010).
 * A point whose upper bound is below both its lower bound and half the gap from its centroid to the
 * next one provably keeps its label, so only points near a boundary are measured against all k
 * centroids. The labels equal plain Lloyd's (up to exact distance ties, which go to the lower index
 * when a point is re-measured). On data with segments, late iterations, where few points move, become
 * several times cheaper; on structureless data nearly every point sits near a boundary and little is saved.
 *
 * @returns how many labels changed.
 */
function assignWithBounds(
  points: FeatureMatrix,
  centroids: Float64Array,
  k: number,
  labels: Int32Array,
  bounds: Bounds,
  gaps: Float64Array,
): number {
  const { values, rows, columns } = points;
  const { upper, lower } = bounds;
  halfGaps(centroids, k, columns, gaps);
  const scratch = new Float64Array(k);
  let changes = 0;
  for (let i = 0; i < rows; i++) {
    const own = labels[i] as number;
    const offset = i * columns;
    if (own >= 0) {
      const threshold = Math.max(gaps[own] as number, lower[i] as number);
      if ((upper[i] as number) <= threshold) {
        continue;
      }
      const exact = Math.sqrt(squaredDistance(values, offset, centroids, own * columns, columns));
      upper[i] = exact;
      if (exact <= threshold) {
        continue;
      }
    }
    squaredDistancesToCentroids(values, offset, centroids, k, columns, scratch);
    let best = -1;
    let bestDistance = Infinity;
    let secondDistance = Infinity;
    for (let c = 0; c < k; c++) {
      const distance = scratch[c] as number;
      if (distance < bestDistance) {
        secondDistance = bestDistance;
        bestDistance = distance;
        best = c;
      } else if (distance < secondDistance) {
        secondDistance = distance;
      }
    }
    if (best !== own) {
      labels[i] = best;
      changes++;
    }
    upper[i] = Math.sqrt(bestDistance);
    lower[i] = Math.sqrt(secondDistance);
  }
  return changes;
}

function countSizes(labels: Int32Array, sizes: Int32Array): void {
  sizes.fill(0);
  for (const label of labels) {
    sizes[label] = (sizes[label] as number) + 1;
  }
}

/**
 * Gives every empty cluster the point farthest from its own centroid, taken from a cluster that keeps
 * at least one member. That point is the worst-served one, so moving it lowers inertia the most, and a
 * segment without members would be meaningless to report. Rare, so exact distances are recomputed here.
 */
function fillEmptyClusters(points: FeatureMatrix, centroids: Float64Array, labels: Int32Array, sizes: Int32Array, bounds: Bounds): boolean {
  if (!sizes.includes(0)) {
    return false;
  }
  const { values, rows, columns } = points;
  const distances = new Float64Array(rows);
  for (let i = 0; i < rows; i++) {
    distances[i] = squaredDistance(values, i * columns, centroids, (labels[i] as number) * columns, columns);
  }
  for (let c = 0; c < sizes.length; c++) {
    if (sizes[c] !== 0) {
      continue;
    }
    let farthest = 0;
    let farthestDistance = -1;
    for (let i = 0; i < rows; i++) {
      const distance = distances[i] as number;
      if (distance > farthestDistance && (sizes[labels[i] as number] as number) > 1) {
        farthest = i;
        farthestDistance = distance;
      }
    }
    // k <= rows guarantees a cluster with two or more members while another one is empty.
    const donor = labels[farthest] as number;
    sizes[donor] = (sizes[donor] as number) - 1;
    labels[farthest] = c;
    sizes[c] = 1;
    distances[farthest] = -1;
    // The moved point's bounds no longer describe it; force a full measurement next time.
    bounds.upper[farthest] = Infinity;
    bounds.lower[farthest] = 0;
  }
  return true;
}

function updateCentroids(points: FeatureMatrix, labels: Int32Array, sizes: Int32Array, centroids: Float64Array): void {
  const { values, rows, columns } = points;
  centroids.fill(0);
  for (let i = 0; i < rows; i++) {
    const offset = i * columns;
    const target = (labels[i] as number) * columns;
    for (let j = 0; j < columns; j++) {
      centroids[target + j] = (centroids[target + j] as number) + (values[offset + j] as number);
    }
  }
  for (let c = 0; c < sizes.length; c++) {
    const scale = 1 / (sizes[c] as number);
    const offset = c * columns;
    for (let j = 0; j < columns; j++) {
      centroids[offset + j] = (centroids[offset + j] as number) * scale;
    }
  }
}

/**
 * Loosens the bounds by how far the centroids moved (triangle inequality) and returns the summed
 * squared movement, the convergence measure.
 */
function moveBounds(previous: Float64Array, centroids: Float64Array, labels: Int32Array, bounds: Bounds, columns: number): number {
  const k = centroids.length / columns;
  const shifts = new Float64Array(k);
  let squaredTotal = 0;
  let largest = -1;
  for (let c = 0; c < k; c++) {
    const squared = squaredDistance(previous, c * columns, centroids, c * columns, columns);
    squaredTotal += squared;
    shifts[c] = Math.sqrt(squared);
    if (largest < 0 || (shifts[c] as number) > (shifts[largest] as number)) {
      largest = c;
    }
  }
  let secondLargest = 0;
  for (let c = 0; c < k; c++) {
    if (c !== largest) {
      secondLargest = Math.max(secondLargest, shifts[c] as number);
    }
  }
  const largestShift = shifts[largest] as number;
  for (let i = 0; i < labels.length; i++) {
    const own = labels[i] as number;
    bounds.upper[i] = (bounds.upper[i] as number) + (shifts[own] as number);
    bounds.lower[i] = (bounds.lower[i] as number) - (own === largest ? secondLargest : largestShift);
  }
  return squaredTotal;
}

/**
 * Lloyd's algorithm (Lloyd 1957/1982) from the given centroids, which it overwrites: assign every point
 * to its nearest centroid, move each centroid to the mean of its points, repeat until no label changes,
 * the summed squared centroid movement is at most `tolerance`, or `maxIterations` is reached.
 */
export function runLloyd(points: FeatureMatrix, centroids: Float64Array, k: number, maxIterations: number, tolerance: number): LloydRun {
  const { rows, columns } = points;
  const labels = new Int32Array(rows).fill(-1);
  const bounds: Bounds = { upper: new Float64Array(rows), lower: new Float64Array(rows) };
  const sizes = new Int32Array(k);
  const gaps = new Float64Array(k);
  const previous = new Float64Array(centroids.length);
  let iterations = 0;
  while (iterations < maxIterations) {
    iterations++;
    const changes = assignWithBounds(points, centroids, k, labels, bounds, gaps);
    countSizes(labels, sizes);
    const relocated = fillEmptyClusters(points, centroids, labels, sizes, bounds);
    if (changes === 0 && !relocated) {
      break;
    }
    previous.set(centroids);
    updateCentroids(points, labels, sizes, centroids);
    if (moveBounds(previous, centroids, labels, bounds, columns) <= tolerance) {
      break;
    }
  }
  return { labels, centroids, sizes, iterations };
}
