import { DomainInputError, assertCount, assertFinite } from '../validation/index.js';

/** The two-sided 95% quantile of the standard normal distribution, Φ⁻¹(0.975). */
export const Z_95 = 1.959963984540054;

/** Bounds of a proportion, both within 0..1. */
export type ProportionBounds = { low: number; high: number };

/**
 * Wilson score interval for a binomial proportion (E. B. Wilson, "Probable inference, the law of
 * succession, and statistical inference", JASA 22, 1927):
 *
 * `p̂ = successes / n`, `centre = (p̂ + z²/2n) / (1 + z²/n)`,
 * `margin = z / (1 + z²/n) · √(p̂(1 − p̂)/n + z²/4n²)`, interval `centre ± margin`.
 *
 * Chosen over the textbook Wald interval `p̂ ± z√(p̂(1 − p̂)/n)` because top-two-box shares often sit near
 * 0 or 1 with small samples, where Wald collapses to a zero-width interval or leaves 0..1; Wilson stays
 * inside 0..1 and keeps close to its nominal coverage (Brown, Cai & DasGupta, Statistical Science, 2001).
 *
 * `n = 0` returns `{ low: 0, high: 1 }`: with no answers every proportion is possible.
 *
 * @throws DomainInputError `NOT_A_NUMBER`, `NOT_AN_INTEGER` or `OUT_OF_RANGE` (`successes`, `n`) for
 *   anything but whole counts; `INCONSISTENT_INPUT` (`successes`) when successes > n; `NOT_A_NUMBER` or
 *   `OUT_OF_RANGE` (`z`) unless z is a finite number above 0.
 */
export function wilsonInterval(successes: number, n: number, z: number = Z_95): ProportionBounds {
  assertCount(successes, 'successes');
  assertCount(n, 'n');
  assertFinite(z, 'z');
  if (z <= 0) throw new DomainInputError('OUT_OF_RANGE', 'z', `expected a quantile above 0, got ${z}`);
  if (successes > n) {
    throw new DomainInputError('INCONSISTENT_INPUT', 'successes', `expected at most n = ${n} successes, got ${successes}`);
  }
  return uncheckedWilsonInterval(successes, n, z);
}

/** {@link wilsonInterval} for counts this module already validated. */
export function uncheckedWilsonInterval(successes: number, n: number, z: number = Z_95): ProportionBounds {
  if (n === 0) return { low: 0, high: 1 };
  const share = successes / n;
  const zSquaredPerN = (z * z) / n;
  const denominator = 1 + zSquaredPerN;
  const centre = (share + zSquaredPerN / 2) / denominator;
  const margin = (z / denominator) * Math.sqrt((share * (1 - share)) / n + zSquaredPerN / (4 * n));
  // Analytically low is exactly 0 at p̂ = 0 and high exactly 1 at p̂ = 1, and p̂ always lies inside;
  // the clamps only remove rounding residue so callers can rely on those facts.
  return {
    low: successes === 0 ? 0 : Math.min(Math.max(centre - margin, 0), share),
    high: successes === n ? 1 : Math.max(Math.min(centre + margin, 1), share),
  };
}
