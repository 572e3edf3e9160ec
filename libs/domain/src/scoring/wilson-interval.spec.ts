import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Z_95, wilsonInterval } from './wilson-interval.js';

// z = 1.959963984540054, z² = 3.841458820694124. References computed to 40 digits with mpmath.
describe('wilsonInterval', () => {
  it.each([
    // p̂ = 0: centre = margin = (z²/2n)/(1 + z²/n), so high = z²/(n + z²) = 3.8415/13.8415 = 0.27753
    { scenario: 'no successes in 10: low is exactly 0', successes: 0, n: 10, low: 0, high: 0.2775327998628892 },
    // p̂ = 1: low = n/(n + z²) = 10/13.8415 = 0.72247
    { scenario: 'all 10 succeed: high is exactly 1', successes: 10, n: 10, low: 0.7224672001371109, high: 1 },
    // p̂ = 0.5: centre 0.5, margin = z·√(0.025 + z²/400)/(1 + z²/10) = 1.96·0.18602/1.38415 = 0.26341
    { scenario: 'half of 10, symmetric around 0.5', successes: 5, n: 10, low: 0.236593090512564, high: 0.763406909487436 },
    // p̂ = 0.8: centre = (0.8 + 0.019207)/1.038415 = 0.78890, margin = 1.96·√(0.0016 + 0.0000960)/1.038415 = 0.07773
    { scenario: '80 of 100, pulled towards 0.5', successes: 80, n: 100, low: 0.7111708344068411, high: 0.8666330666689676 },
    { scenario: 'Ulwick’s 200 of 270 (importance 7.4)', successes: 200, n: 270, low: 0.6853501188477603, high: 0.789377121358484 },
    { scenario: 'one success out of one', successes: 1, n: 1, low: 0.20654931437723742, high: 1 },
  ])('$scenario', ({ successes, n, low, high }) => {
    const bounds = wilsonInterval(successes, n);
    expect(bounds.low).toBeCloseTo(low, 14);
    expect(bounds.high).toBeCloseTo(high, 14);
  });

  it('accepts another quantile (z = 1, about 68%)', () => {
    const bounds = wilsonInterval(5, 10, 1);
    expect(bounds.low).toBeCloseTo(0.3492443277111182, 14);
    expect(bounds.high).toBeCloseTo(0.6507556722888818, 14);
  });

  it('returns the uninformative interval for no answers', () => {
    expect(wilsonInterval(0, 0)).toEqual({ low: 0, high: 1 });
  });

  it('uses the 95% quantile by default', () => {
    expect(wilsonInterval(3, 7)).toEqual(wilsonInterval(3, 7, Z_95));
  });

  it.each([
    { scenario: 'more successes than answers', successes: 11, n: 10, z: Z_95, code: 'INCONSISTENT_INPUT', field: 'successes' },
    { scenario: 'negative successes', successes: -1, n: 10, z: Z_95, code: 'OUT_OF_RANGE', field: 'successes' },
    { scenario: 'fractional successes', successes: 1.5, n: 10, z: Z_95, code: 'NOT_AN_INTEGER', field: 'successes' },
    { scenario: 'NaN n', successes: 1, n: Number.NaN, z: Z_95, code: 'NOT_A_NUMBER', field: 'n' },
    { scenario: 'infinite n', successes: 1, n: Number.POSITIVE_INFINITY, z: Z_95, code: 'NOT_A_NUMBER', field: 'n' },
    { scenario: 'a zero quantile', successes: 1, n: 10, z: 0, code: 'OUT_OF_RANGE', field: 'z' },
    { scenario: 'a NaN quantile', successes: 1, n: 10, z: Number.NaN, code: 'NOT_A_NUMBER', field: 'z' },
  ])('rejects $scenario', ({ successes, n, z, code, field }) => {
    expect(() => wilsonInterval(successes, n, z)).toThrow(expect.objectContaining({ name: 'DomainInputError', code, field }));
  });

  const sample = fc.integer({ min: 0, max: 100_000 }).chain((n) => fc.tuple(fc.integer({ min: 0, max: n }), fc.constant(n)));

  it('stays within 0..1 and contains the observed share', () => {
    fc.assert(
      fc.property(sample, ([successes, n]) => {
        const { low, high } = wilsonInterval(successes, n);
        const share = n === 0 ? low : successes / n;
        expect(0 <= low && low <= share && share <= high && high <= 1).toBe(true);
      }),
    );
  });

  it('narrows when the same share rests on twice the answers', () => {
    fc.assert(
      fc.property(sample.filter(([, n]) => n > 0), ([successes, n]) => {
        const small = wilsonInterval(successes, n);
        const large = wilsonInterval(2 * successes, 2 * n);
        expect(large.high - large.low).toBeLessThan(small.high - small.low);
      }),
    );
  });
});
