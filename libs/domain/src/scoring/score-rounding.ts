import { assertFinite } from '../validation/index.js';

/**
 * Rounds a score to one decimal, half away from zero (1.25 → 1.3, −1.25 → −1.3), for display only;
 * ranking and zones always use the full-precision score.
 *
 * Binary floating point stores 0.45 as 0.4499999…, and sums such as `0.15 * 3` land just below a half,
 * so the value is first cut to 15 significant digits (the precision a double guarantees) before rounding:
 * the decimal the user would write down decides, not the representation error.
 *
 * @throws DomainInputError `NOT_A_NUMBER` (`value`) for NaN or ±Infinity.
 */
export function roundScore(value: number): number {
  assertFinite(value, 'value');
  const tenths = Number((Math.abs(value) * 10).toPrecision(15));
  const rounded = (Math.sign(value) * Math.round(tenths)) / 10;
  // -0 would print as "0" but fails Object.is/toEqual comparisons downstream.
  return rounded === 0 ? 0 : rounded;
}
