/**
 * The `percent`-th percentile of ascending, non-empty `sorted` values by linear interpolation between
 * closest ranks: Hyndman & Fan (1996) definition 7, R's default `quantile(type = 7)`, Excel
 * PERCENTILE.INC, NumPy's default. With h = (n − 1) × percent / 100:
 *
 *   P = x[⌊h⌋] + (h − ⌊h⌋) × (x[⌊h⌋ + 1] − x[⌊h⌋])      (0-based ranks)
 *
 * Chosen because it is the definition analysts' tools reproduce, it never leaves the observed range,
 * and it gives the ordinary median for percent = 50.
 *
 * `percent` is a whole number 0..100 so the rank is computed from integers and lands exactly on a rank
 * when it should; with a fractional p, (101 − 1) × 0.07 comes out as 7.000000000000001 and would
 * interpolate where no interpolation is due. Internal: callers validate.
 */
export function percentileInclusive(sorted: readonly number[], percent: number): number {
  const scaledRank = (sorted.length - 1) * percent;
  const lower = Math.floor(scaledRank / 100);
  const fraction = (scaledRank - lower * 100) / 100;
  const low = sorted[lower];
  if (low === undefined) throw new RangeError('percentileInclusive needs a non-empty sorted list');
  const high = sorted[lower + 1] ?? low;
  if (fraction === 0) return low;
  // Clamped because rounding in low + fraction × (high − low) could otherwise step a hair past
  // `high`, breaking median <= p75 <= p90 and "within min..max".
  return Math.min(Math.max(low + fraction * (high - low), low), high);
}
