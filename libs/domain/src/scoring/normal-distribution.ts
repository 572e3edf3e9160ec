import { assertFinite } from '../validation/index.js';

// Near-minimax rational approximations of W. J. Cody, "Rational Chebyshev approximations for the error
// function", Mathematics of Computation 23 (1969) 631–638, with the coefficients of his netlib SPECFUN
// routine CALERF written as the nearest doubles, highest power first. They keep relative accuracy near
// double precision over the whole range, the far tail included, where Abramowitz & Stegun 7.1.26
// (absolute error 1.5e-7) would turn every small p-value into noise.
const ERF_NUMERATOR = [0.18577770618460315, 3.1611237438705655, 113.86415415105016, 377.485237685302, 3209.3775891384694];
const ERF_DENOMINATOR = [1, 23.601290952344122, 244.02463793444417, 1282.6165260773723, 2844.236833439171];
const ERFC_MID_NUMERATOR = [
  2.1531153547440383e-8, 0.5641884969886701, 8.883149794388377, 66.11919063714163, 298.6351381974001,
  881.952221241769, 1712.0476126340707, 2051.0783778260716, 1230.3393547979972,
];
const ERFC_MID_DENOMINATOR = [
  1, 15.744926110709835, 117.6939508913125, 537.1811018620099, 1621.3895745666903, 3290.7992357334597,
  4362.619090143247, 3439.3676741437216, 1230.3393548037495,
];
const ERFC_TAIL_NUMERATOR = [
  0.016315387137302097, 0.30532663496123236, 0.36034489994980445, 0.12578172611122926, 0.016083785148742275,
  0.0006587491615298378,
];
const ERFC_TAIL_DENOMINATOR = [1, 2.568520192289822, 1.8729528499234604, 0.5279051029514285, 0.06051834131244132, 0.0023352049762686918];
const ONE_OVER_SQRT_PI = 0.5641895835477563;
/** From here on erfc(x) is below the smallest double. */
const ERFC_UNDERFLOW = 26.543;

/**
 * Complementary error function `erfc(x) = 2/√π ∫ₓ^∞ e^(−t²) dt` (Cody, 1969). Small results keep their
 * relative accuracy, which is what p-values of large samples need.
 */
export function erfc(x: number): number {
  const y = Math.abs(x);
  if (y <= 0.46875) {
    const ySquared = y * y;
    return 1 - (x * polynomial(ERF_NUMERATOR, ySquared)) / polynomial(ERF_DENOMINATOR, ySquared);
  }
  let upperTail: number;
  if (y <= 4) {
    upperTail = scaleByGaussian(y, polynomial(ERFC_MID_NUMERATOR, y) / polynomial(ERFC_MID_DENOMINATOR, y));
  } else if (y >= ERFC_UNDERFLOW) {
    upperTail = 0;
  } else {
    const inverseSquare = 1 / (y * y);
    const correction = (inverseSquare * polynomial(ERFC_TAIL_NUMERATOR, inverseSquare)) / polynomial(ERFC_TAIL_DENOMINATOR, inverseSquare);
    upperTail = scaleByGaussian(y, (ONE_OVER_SQRT_PI - correction) / y);
  }
  return x < 0 ? 2 - upperTail : upperTail;
}

/**
 * Standard normal cumulative distribution `Φ(x) = ½ · erfc(−x/√2)`, accurate in both tails
 * (erfc after Cody, 1969).
 *
 * @throws DomainInputError `NOT_A_NUMBER` (`x`) for NaN or ±Infinity.
 */
export function standardNormalCdf(x: number): number {
  assertFinite(x, 'x');
  return 0.5 * erfc(-x * Math.SQRT1_2);
}

/** Horner evaluation; `coefficients` run from the highest power down to the constant term. */
function polynomial(coefficients: readonly number[], t: number): number {
  let sum = 0;
  for (const coefficient of coefficients) sum = sum * t + coefficient;
  return sum;
}

/**
 * `exp(−y²) · factor` with y² split into a part exact in binary (y cut to sixteenths) and a small
 * remainder, as Cody does: exp(−y·y) taken directly would magnify the rounding error of y·y in the tail.
 */
function scaleByGaussian(y: number, factor: number): number {
  const sixteenths = Math.trunc(y * 16) / 16;
  const remainder = (y - sixteenths) * (y + sixteenths);
  return Math.exp(-sixteenths * sixteenths) * Math.exp(-remainder) * factor;
}
