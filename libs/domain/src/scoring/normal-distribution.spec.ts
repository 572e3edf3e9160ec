import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { erfc, standardNormalCdf } from './normal-distribution.js';

/** Relative error, the accuracy that matters for small p-values. */
const relativeError = (actual: number, expected: number): number => Math.abs(actual - expected) / Math.abs(expected);

// References computed to 40 significant digits with mpmath (mpmath.erfc, mpmath.ncdf).
describe('erfc', () => {
  it.each([
    { scenario: 'zero', x: 0, expected: 1 },
    { scenario: 'the small-argument branch', x: 0.25, expected: 0.7236736098317631 },
    { scenario: 'the middle branch', x: 1, expected: 0.15729920705028513 },
    { scenario: 'p-value of z = 2√2', x: 2, expected: 0.004677734981047266 },
    { scenario: 'p-value of z = 3√2', x: 3, expected: 0.00002209049699858544 },
    { scenario: 'the tail branch', x: 5, expected: 1.537459794428035e-12 },
    { scenario: 'deep in the tail', x: 10, expected: 2.088487583762545e-45 },
    { scenario: 'a negative argument', x: -1, expected: 1.842700792949715 },
    { scenario: 'a large negative argument', x: -4, expected: 1.999999984582742 },
  ])('$scenario: erfc($x)', ({ x, expected }) => {
    expect(relativeError(erfc(x), expected)).toBeLessThan(1e-14);
  });

  it('underflows to 0, not NaN, far in the tail', () => {
    expect(erfc(40)).toBe(0);
    expect(erfc(-40)).toBe(2);
  });
});

describe('standardNormalCdf', () => {
  it.each([
    { scenario: 'the lower 2.5% quantile', x: -1.959963984540054, expected: 0.025000000000000015 },
    { scenario: 'one standard deviation below', x: -1, expected: 0.15865525393145705 },
    { scenario: 'the median', x: 0, expected: 0.5 },
    { scenario: 'the upper 5% quantile', x: 1.6448536269514722, expected: 0.95 },
    { scenario: 'three standard deviations above', x: 3, expected: 0.9986501019683699 },
    { scenario: 'five below (tail keeps relative accuracy)', x: -5, expected: 2.866515718791939e-7 },
    { scenario: 'eight below', x: -8, expected: 6.220960574271784e-16 },
  ])('$scenario: Φ($x)', ({ x, expected }) => {
    expect(relativeError(standardNormalCdf(x), expected)).toBeLessThan(1e-14);
  });

  it('is symmetric: Φ(x) + Φ(−x) = 1', () => {
    fc.assert(
      fc.property(fc.double({ min: -30, max: 30, noNaN: true }), (x) => {
        expect(standardNormalCdf(x) + standardNormalCdf(-x)).toBeCloseTo(1, 15);
      }),
    );
  });

  it('never decreases', () => {
    fc.assert(
      fc.property(fc.double({ min: -30, max: 30, noNaN: true }), fc.double({ min: -30, max: 30, noNaN: true }), (first, second) => {
        const [lower, higher] = first <= second ? [first, second] : [second, first];
        expect(standardNormalCdf(lower)).toBeLessThanOrEqual(standardNormalCdf(higher));
      }),
    );
  });

  it.each([
    { scenario: 'NaN', x: Number.NaN },
    { scenario: 'Infinity', x: Number.POSITIVE_INFINITY },
  ])('rejects $scenario', ({ x }) => {
    expect(() => standardNormalCdf(x)).toThrow(expect.objectContaining({ name: 'DomainInputError', code: 'NOT_A_NUMBER', field: 'x' }));
  });
});
