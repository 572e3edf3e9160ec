/** How many periods each side of the ship date is compared over: the last ones before, the first ones after. */
export const EVALUATION_WINDOW = 6;

export type ExpectedDirection = 'increase' | 'decrease';
export type EvaluationVerdict = 'improved' | 'worsened' | 'unchanged' | 'not-shipped' | 'no-kpi' | 'not-enough-data';

/** One measured period of the KPI: its value and, when known, how many answers or cases it was computed from. */
export type EvaluationPoint = { value: number; sampleSize: number | null };

export type EvaluationSideSummary = { mean: number | null; latest: number | null };

export type SolutionEvaluationInput = {
  /** The expected KPI, or null when the solution names none. */
  kpi: { higherIsBetter: boolean } | null;
  /** ISO date; null while the solution has not shipped. */
  shipDate: string | null;
  expectedDirection: ExpectedDirection | null;
  /** Periods that ended before the ship date, oldest first. */
  before: readonly EvaluationPoint[];
  /** Periods that started on or after the ship date, oldest first. */
  after: readonly EvaluationPoint[];
};

export type SolutionEvaluationResult = {
  before: EvaluationSideSummary;
  after: EvaluationSideSummary;
  /** after.mean − before.mean; null when either side has no data. */
  change: number | null;
  verdict: EvaluationVerdict;
  /** Whether the change went the way the hypothesis said; null without a direction or without a change. */
  expectedMet: boolean | null;
};

/**
 * Mean of the values, weighted by sample size when every value has one (a month with 400 answers counts
 * more than one with 40); a plain mean when any size is missing, or when they add up to zero, since the
 * weights would then say nothing. Null for no values.
 */
export function evaluationMean(points: readonly EvaluationPoint[]): number | null {
  if (points.length === 0) return null;
  const weights = points.map((point) => point.sampleSize);
  const totalWeight = weights.reduce<number>((sum, weight) => sum + (weight ?? 0), 0);
  if (weights.every((weight) => weight !== null) && totalWeight > 0) {
    return points.reduce((sum, point) => sum + point.value * (point.sampleSize ?? 0), 0) / totalWeight;
  }
  return points.reduce((sum, point) => sum + point.value, 0) / points.length;
}

const summarise = (points: readonly EvaluationPoint[]): EvaluationSideSummary => ({
  mean: evaluationMean(points),
  latest: points.at(-1)?.value ?? null,
});

// Means of equal series can differ in the last bits (0.1 + 0.2 ≠ 0.3); such a change is no change.
const RELATIVE_NOISE = 1e-9;
const isNoChange = (change: number, before: number, after: number) => Math.abs(change) <= RELATIVE_NOISE * Math.max(1, Math.abs(before), Math.abs(after));

/**
 * The KPI before and after a solution shipped. The verdict says, in order: `no-kpi` without an expected
 * KPI, `not-shipped` without a ship date, `not-enough-data` when either side has no measurement, and
 * otherwise whether the mean moved in the KPI's better direction (`improved`), against it (`worsened`)
 * or not at all (`unchanged`). `expectedMet` compares the change with the hypothesis' direction instead,
 * so a solution expected to lower a higher-is-better KPI can meet its expectation and still worsen it.
 */
export function evaluateSolution(input: SolutionEvaluationInput): SolutionEvaluationResult {
  const before = summarise(input.before);
  const after = summarise(input.after);
  const change = before.mean !== null && after.mean !== null ? after.mean - before.mean : null;
  const unchanged = change !== null && isNoChange(change, before.mean ?? 0, after.mean ?? 0);
  const expectedMet =
    change === null || input.expectedDirection === null ? null : !unchanged && (input.expectedDirection === 'increase' ? change > 0 : change < 0);
  return { before, after, change, verdict: verdictOf(input, change, unchanged), expectedMet };
}

function verdictOf(input: SolutionEvaluationInput, change: number | null, unchanged: boolean): EvaluationVerdict {
  if (input.kpi === null) return 'no-kpi';
  if (input.shipDate === null) return 'not-shipped';
  if (change === null) return 'not-enough-data';
  if (unchanged) return 'unchanged';
  return change > 0 === input.kpi.higherIsBetter ? 'improved' : 'worsened';
}
