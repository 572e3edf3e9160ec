/**
 * A dense row-major matrix of features: row `r`, column `c` lives at `values[r * columns + c]`.
 * One flat typed array keeps the k-means and silhouette loops free of per-row objects and lets the
 * engine run them over contiguous memory.
 */
export type FeatureMatrix = {
  readonly values: Float64Array;
  readonly rows: number;
  readonly columns: number;
};

/**
 * Squared Euclidean distance between the `length`-long vectors starting at `aOffset` in `a` and
 * `bOffset` in `b`. k-means minimises squared distances, so the square root is skipped there.
 */
export function squaredDistance(a: Float64Array, aOffset: number, b: Float64Array, bOffset: number, length: number): number {
  let sum = 0;
  for (let j = 0; j < length; j++) {
    const diff = (a[aOffset + j] as number) - (b[bOffset + j] as number);
    sum += diff * diff;
  }
  return sum;
}

/**
 * Squared Euclidean distances from the point at `offset` in `values` to each of the `k` centroids
 * (row-major in `centroids`), written to `out[0..k)`. Centroids are taken three at a time so each
 * coordinate of the point is loaded once per three distances, about a third faster than three
 * {@link squaredDistance} calls; every sum is accumulated in the same order, so the values are identical.
 */
export function squaredDistancesToCentroids(
  values: Float64Array,
  offset: number,
  centroids: Float64Array,
  k: number,
  columns: number,
  out: Float64Array,
): void {
  let c = 0;
  for (; c + 2 < k; c += 3) {
    const first = c * columns;
    const second = first + columns;
    const third = second + columns;
    let sumFirst = 0;
    let sumSecond = 0;
    let sumThird = 0;
    for (let j = 0; j < columns; j++) {
      const value = values[offset + j] as number;
      const diffFirst = value - (centroids[first + j] as number);
      const diffSecond = value - (centroids[second + j] as number);
      const diffThird = value - (centroids[third + j] as number);
      sumFirst += diffFirst * diffFirst;
      sumSecond += diffSecond * diffSecond;
      sumThird += diffThird * diffThird;
    }
    out[c] = sumFirst;
    out[c + 1] = sumSecond;
    out[c + 2] = sumThird;
  }
  for (; c < k; c++) {
    out[c] = squaredDistance(values, offset, centroids, c * columns, columns);
  }
}
