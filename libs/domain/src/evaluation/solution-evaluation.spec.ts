import { describe, expect, it } from 'vitest';
import { evaluateSolution, evaluationMean, type EvaluationPoint, type SolutionEvaluationInput } from './index.js';

const points = (...values: [number, number | null][]): EvaluationPoint[] => values.map(([value, sampleSize]) => ({ value, sampleSize }));

const shipped = (overrides: Partial<SolutionEvaluationInput> = {}): SolutionEvaluationInput => ({
  kpi: { higherIsBetter: true },
  shipDate: '2026-06-01',
  expectedDirection: 'increase',
  before: points([70, 100], [80, 300]),
  after: points([85, 200], [75, 200]),
  ...overrides,
});

describe('evaluationMean', () => {
  it.each([
    // (70 × 100 + 80 × 300) / 400 = 31000 / 400 = 77.5
    { scenario: 'weighted by sample size when every value has one', points: points([70, 100], [80, 300]), expected: 77.5 },
    // One size missing: (70 + 80) / 2 = 75
    { scenario: 'plain mean when a sample size is missing', points: points([70, 100], [80, null]), expected: 75 },
    // Sizes add up to 0: (10 + 20) / 2 = 15
    { scenario: 'plain mean when the sample sizes add up to zero', points: points([10, 0], [20, 0]), expected: 15 },
    // (2 × 0 + 4 × 10) / 10 = 4: a period with no answers weighs nothing
    { scenario: 'a zero-size period weighs nothing among sized ones', points: points([2, 0], [4, 10]), expected: 4 },
    // (−10 − 20 + 60) / 3 = 10
    { scenario: 'negative values (NPS) average like any other', points: points([-10, null], [-20, null], [60, null]), expected: 10 },
    { scenario: 'a single value is its own mean', points: points([42.5, 7]), expected: 42.5 },
  ])('$scenario', ({ points: given, expected }) => {
    expect(evaluationMean(given)).toBe(expected);
  });

  it('is null without values', () => {
    expect(evaluationMean([])).toBeNull();
  });
});

describe('evaluateSolution', () => {
  it('improves: a higher-is-better KPI whose weighted mean rose, as expected', () => {
    // before (70·100 + 80·300) / 400 = 77.5; after (85·200 + 75·200) / 400 = 80; change 2.5
    expect(evaluateSolution(shipped())).toEqual({
      before: { mean: 77.5, latest: 80 },
      after: { mean: 80, latest: 75 },
      change: 2.5,
      verdict: 'improved',
      expectedMet: true,
    });
  });

  it('worsens: a lower-is-better KPI (CES) that rose, against an expected decrease', () => {
    // before (3 + 4) / 2 = 3.5 (a size missing); after (4 + 5) / 2 = 4.5; change +1 on a lower-is-better KPI
    const result = evaluateSolution(
      shipped({ kpi: { higherIsBetter: false }, expectedDirection: 'decrease', before: points([3, 50], [4, null]), after: points([4, 10], [5, 10]) }),
    );
    expect(result).toEqual({ before: { mean: 3.5, latest: 4 }, after: { mean: 4.5, latest: 5 }, change: 1, verdict: 'worsened', expectedMet: false });
  });

  it('improves a lower-is-better KPI that fell, and meets an expected decrease', () => {
    // before 12 days, after (9 + 7) / 2 = 8 days: change −4
    const result = evaluateSolution(shipped({ kpi: { higherIsBetter: false }, expectedDirection: 'decrease', before: points([12, null]), after: points([9, null], [7, null]) }));
    expect(result).toMatchObject({ change: -4, verdict: 'improved', expectedMet: true });
  });

  it('judges improvement by the KPI direction, not by the expectation', () => {
    // Expected to lower a higher-is-better KPI; it fell from 80 to 75: expectation met, KPI worsened.
    const result = evaluateSolution(shipped({ expectedDirection: 'decrease', before: points([80, null]), after: points([75, null]) }));
    expect(result).toMatchObject({ change: -5, verdict: 'worsened', expectedMet: true });
  });

  it('is unchanged when the means are equal, also up to floating-point noise, and then no expectation is met', () => {
    // (0.1 + 0.2) / 2 = 0.15000000000000002 in binary floating point; after 0.15.
    const result = evaluateSolution(shipped({ before: points([0.1, null], [0.2, null]), after: points([0.15, null]) }));
    expect(result.change).not.toBe(0);
    expect(result).toMatchObject({ verdict: 'unchanged', expectedMet: false });
    expect(evaluateSolution(shipped({ before: points([50, 10]), after: points([50, 99]) }))).toMatchObject({ change: 0, verdict: 'unchanged', expectedMet: false });
  });

  it('has no expectation to meet without a direction', () => {
    expect(evaluateSolution(shipped({ expectedDirection: null }))).toMatchObject({ verdict: 'improved', expectedMet: null });
  });

  it.each([
    { scenario: 'nothing before the ship date', before: [], after: points([80, null]), summary: { before: { mean: null, latest: null }, after: { mean: 80, latest: 80 } } },
    { scenario: 'nothing after the ship date', before: points([80, null]), after: [], summary: { before: { mean: 80, latest: 80 }, after: { mean: null, latest: null } } },
  ])('says not-enough-data with $scenario, keeping the side it has', ({ before, after, summary }) => {
    expect(evaluateSolution(shipped({ before, after }))).toEqual({ ...summary, change: null, verdict: 'not-enough-data', expectedMet: null });
  });

  it('says not-shipped without a ship date, and no-kpi (first) without an expected KPI', () => {
    expect(evaluateSolution(shipped({ shipDate: null, before: [], after: [] }))).toMatchObject({ verdict: 'not-shipped', change: null, expectedMet: null });
    expect(evaluateSolution(shipped({ kpi: null, shipDate: null, before: [], after: [] }))).toMatchObject({ verdict: 'no-kpi', change: null, expectedMet: null });
    expect(evaluateSolution(shipped({ kpi: null, expectedDirection: null, before: [], after: [] })).verdict).toBe('no-kpi');
  });
});
