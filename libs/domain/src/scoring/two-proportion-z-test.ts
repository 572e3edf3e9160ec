import { DomainInputError, assertCount } from '../validation/index.js';
import { erfc } from './normal-distribution.js';

/** Successes out of n answers in one group (e.g. top-two-box importance answers in one segment). */
export type ProportionSample = { successes: number; n: number };

/** `z` is signed (positive when `a` has the larger share); `pValue` is two-sided. */
export type ProportionTest = { z: number; pValue: number };

/**
 * Pooled two-proportion z-test (the score test for equal binomial proportions, e.g. Agresti, *Categorical
 * Data Analysis*, §3.1):
 *
 * `p̂ = (x_a + x_b) / (n_a + n_b)`, `z = (x_a/n_a − x_b/n_b) / √(p̂(1 − p̂)(1/n_a + 1/n_b))`,
 * `pValue = 2·(1 − Φ(|z|)) = erfc(|z|/√2)` (erfc after Cody, 1969, so tiny p-values stay accurate).
 *
 * Pooling is right here because the null hypothesis says both groups share one proportion, so its
 * variance is estimated under that hypothesis. When a group has no answers, or the pooled share is 0 or 1
 * (everyone, or no one, answered top-two-box in both groups), the data carry no evidence of a difference
 * and the test returns `{ z: 0, pValue: 1 }` rather than dividing by zero.
 *
 * @throws DomainInputError `NOT_A_NUMBER`, `NOT_AN_INTEGER` or `OUT_OF_RANGE` (`a.successes`, `a.n`,
 *   `b.successes`, `b.n`) for counts that are not whole numbers ≥ 0; `INCONSISTENT_INPUT`
 *   (`a.successes`, `b.successes`) when successes exceed n.
 */
export function twoProportionZTest(a: ProportionSample, b: ProportionSample): ProportionTest {
  assertSample(a, 'a');
  assertSample(b, 'b');
  return uncheckedTwoProportionZTest(a.successes, a.n, b.successes, b.n);
}

/** {@link twoProportionZTest} on counts already validated. */
export function uncheckedTwoProportionZTest(successesA: number, nA: number, successesB: number, nB: number): ProportionTest {
  if (nA === 0 || nB === 0) return { z: 0, pValue: 1 };
  const pooled = (successesA + successesB) / (nA + nB);
  if (pooled === 0 || pooled === 1) return { z: 0, pValue: 1 };
  const standardError = Math.sqrt(pooled * (1 - pooled) * (1 / nA + 1 / nB));
  const z = (successesA / nA - successesB / nB) / standardError;
  return { z, pValue: Math.min(erfc(Math.abs(z) * Math.SQRT1_2), 1) };
}

function assertSample(sample: ProportionSample, path: string): void {
  assertCount(sample.successes, `${path}.successes`);
  assertCount(sample.n, `${path}.n`);
  if (sample.successes > sample.n) {
    throw new DomainInputError('INCONSISTENT_INPUT', `${path}.successes`, `expected at most n = ${sample.n}, got ${sample.successes}`);
  }
}
