import { squaredDistance, type FeatureMatrix } from './feature-matrix.js';
import { randomIndex, type RandomSource } from './seeded-random.js';

/**
 * Draws an index with probability proportional to `weights[i]`. When every weight is 0 (all points
 * coincide with a chosen centre) the draw falls back to uniform, as any point is then as good as another.
 */
function drawProportional(weights: Float64Array, total: number, random: RandomSource): number {
  if (!(total > 0)) {
    return randomIndex(random, weights.length);
  }
  const target = random() * total;
  let cumulative = 0;
  let lastPositive = 0;
  for (let i = 0; i < weights.length; i++) {
    const weight = weights[i] as number;
    if (weight > 0) {
      cumulative += weight;
      lastPositive = i;
      if (cumulative > target) {
        return i;
      }
    }
  }
  // Rounding can leave the running sum a hair below `target`; the last positive weight absorbs it.
  return lastPositive;
}

/**
 * k-means++ seeding (Arthur & Vassilvitskii, "k-means++: The Advantages of Careful Seeding", SODA 2007):
 * the first centre is a uniformly drawn point, every further centre is drawn with probability
 * proportional to D(x)², the squared distance from x to its nearest centre so far. This gives an
 * O(log k)-competitive start in expectation and far fewer bad local optima than uniform seeding.
 *
 * Uses the greedy variant the paper's experiments suggest (and scikit-learn ships): each step draws
 * 2 + ⌊ln k⌋ candidates and keeps the one that lowers the total potential Σ D(x)² most, which costs a
 * few extra distance passes but avoids the occasional candidate drawn from a cluster's tail.
 *
 * @returns k centres, row-major (`k × points.columns`).
 */
export function seedCentroidsPlusPlus(points: FeatureMatrix, k: number, random: RandomSource): Float64Array {
  const { values, rows, columns } = points;
  const centroids = new Float64Array(k * columns);
  const trials = 2 + Math.floor(Math.log(k));
  const closest = new Float64Array(rows);
  const candidateDistances = Array.from({ length: trials }, () => new Float64Array(rows));

  const first = randomIndex(random, rows);
  centroids.set(values.subarray(first * columns, (first + 1) * columns), 0);
  let potential = 0;
  for (let i = 0; i < rows; i++) {
    const distance = squaredDistance(values, i * columns, values, first * columns, columns);
    closest[i] = distance;
    potential += distance;
  }

  for (let c = 1; c < k; c++) {
    let bestTrial = 0;
    let bestCandidate = 0;
    let bestPotential = Infinity;
    for (let t = 0; t < trials; t++) {
      const candidate = drawProportional(closest, potential, random);
      const distances = candidateDistances[t] as Float64Array;
      let candidatePotential = 0;
      for (let i = 0; i < rows; i++) {
        const distance = Math.min(closest[i] as number, squaredDistance(values, i * columns, values, candidate * columns, columns));
        distances[i] = distance;
        candidatePotential += distance;
      }
      if (candidatePotential < bestPotential) {
        bestPotential = candidatePotential;
        bestCandidate = candidate;
        bestTrial = t;
      }
    }
    centroids.set(values.subarray(bestCandidate * columns, (bestCandidate + 1) * columns), c * columns);
    closest.set(candidateDistances[bestTrial] as Float64Array);
    potential = bestPotential;
  }
  return centroids;
}
