import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { twoProportionZTest } from './two-proportion-z-test.js';

// References computed to 40 significant digits with mpmath.
describe('twoProportionZTest', () => {
  it.each([
    // pooled 100/200 = 0.5, se = √(0.25 · (1/100 + 1/100)) = √0.005 = 0.070711, z = 0.2/0.070711 = 2√2,
    // p = erfc(2√2/√2) = erfc(2)
    { scenario: '60% vs 40% of 100 each', a: { successes: 60, n: 100 }, b: { successes: 40, n: 100 }, z: 2.8284271247461903, pValue: 0.004677734981047266 },
    // pooled 45/90 = 0.5, se = √(0.25 · (1/40 + 1/50)) = 0.106066, z = (0.75 − 0.3)/0.106066 = 3√2, p = erfc(3)
    { scenario: 'unequal group sizes', a: { successes: 30, n: 40 }, b: { successes: 15, n: 50 }, z: 4.242640687119285, pValue: 0.00002209049699858544 },
    { scenario: 'a small difference is not significant', a: { successes: 45, n: 100 }, b: { successes: 40, n: 100 }, z: 0.7151985398521515, pValue: 0.4744863711713391 },
    { scenario: 'a is smaller: z is negative, p the same', a: { successes: 40, n: 100 }, b: { successes: 60, n: 100 }, z: -2.8284271247461903, pValue: 0.004677734981047266 },
    // z ≈ 35.8: the p-value keeps its relative accuracy instead of collapsing to 0
    { scenario: 'an overwhelming difference', a: { successes: 900, n: 1000 }, b: { successes: 100, n: 1000 }, z: 35.77708763999664, pValue: 2.5091580967634297e-280 },
  ])('$scenario', ({ a, b, z, pValue }) => {
    const test = twoProportionZTest(a, b);
    expect(test.z).toBeCloseTo(z, 12);
    expect(Math.abs(test.pValue - pValue) / pValue).toBeLessThan(1e-12);
  });

  it.each([
    { scenario: 'equal shares', a: { successes: 20, n: 100 }, b: { successes: 20, n: 100 } },
    { scenario: 'a group without answers', a: { successes: 0, n: 0 }, b: { successes: 20, n: 100 } },
    { scenario: 'no one top-two-box in either group (pooled 0)', a: { successes: 0, n: 50 }, b: { successes: 0, n: 60 } },
    { scenario: 'everyone top-two-box in both groups (pooled 1)', a: { successes: 50, n: 50 }, b: { successes: 60, n: 60 } },
  ])('finds no evidence for $scenario', ({ a, b }) => {
    expect(twoProportionZTest(a, b)).toEqual({ z: 0, pValue: 1 });
  });

  it.each([
    { scenario: 'more successes than answers', a: { successes: 11, n: 10 }, b: { successes: 1, n: 10 }, code: 'INCONSISTENT_INPUT', field: 'a.successes' },
    { scenario: 'a negative n', a: { successes: 1, n: 10 }, b: { successes: 0, n: -1 }, code: 'OUT_OF_RANGE', field: 'b.n' },
    { scenario: 'NaN successes', a: { successes: 1, n: 10 }, b: { successes: Number.NaN, n: 10 }, code: 'NOT_A_NUMBER', field: 'b.successes' },
    { scenario: 'a fractional n', a: { successes: 1, n: 10.5 }, b: { successes: 1, n: 10 }, code: 'NOT_AN_INTEGER', field: 'a.n' },
  ])('rejects $scenario', ({ a, b, code, field }) => {
    expect(() => twoProportionZTest(a, b)).toThrow(expect.objectContaining({ name: 'DomainInputError', code, field }));
  });

  const sample = fc.integer({ min: 0, max: 5000 }).chain((n) => fc.record({ successes: fc.integer({ min: 0, max: n }), n: fc.constant(n) }));

  it('always returns a p-value in 0..1, never NaN, and is antisymmetric in z', () => {
    fc.assert(
      fc.property(sample, sample, (a, b) => {
        const forward = twoProportionZTest(a, b);
        const backward = twoProportionZTest(b, a);
        expect(Number.isNaN(forward.pValue) || Number.isNaN(forward.z)).toBe(false);
        expect(forward.pValue).toBeGreaterThanOrEqual(0);
        expect(forward.pValue).toBeLessThanOrEqual(1);
        expect(backward.z).toBe(forward.z === 0 ? 0 : -forward.z);
        expect(backward.pValue).toBe(forward.pValue);
      }),
    );
  });
});
