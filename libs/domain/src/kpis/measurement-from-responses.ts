import { assertCount, DomainInputError } from '../validation/index.js';
import { adoptionRate } from './adoption-rate.js';
import { ces, type CesScale } from './customer-effort-score.js';
import { csat } from './customer-satisfaction-score.js';
import { DEFAULT_CSAT_SCALE } from './kpi-scale.js';
import type { ComputableKpiType, KpiResponseAnswer } from './kpi-responses.js';
import { nps } from './net-promoter-score.js';
import { taskCompletionRate, type TaskAttempt } from './task-completion-rate.js';
import { timeToValue, type TimeToValueJourney } from './time-to-value.js';

/**
 * One period's value computed from its responses, in the KPI's unit (NPS points, percent, scale mean,
 * duration), with the counts behind it so the figure can be re-checked: NPS promoters, passives,
 * detractors, n; CSAT satisfied, n, scale; CES sum, n, scale, easy, neutral, difficult and the answers
 * per scale point (score1 .. score7); TCR completed, n; TTV n, nCensored, p75, p90; adoption active,
 * eligible.
 */
export type ComputedKpiMeasurement = { value: number; sampleSize: number; inputs: Record<string, number> };

const COMPLETED: TaskAttempt = { completed: true };
const FAILED: TaskAttempt = { completed: false };
const CENSORED: TimeToValueJourney = { censored: true };

/**
 * The value of one period of a `type` KPI from its responses, with the formulas of this library:
 * NPS {@link nps}, CSAT {@link csat}, CES {@link ces}, TCR {@link taskCompletionRate} (percent), TTV
 * {@link timeToValue} (the median; p75 and p90 kept as inputs) and adoption {@link adoptionRate}
 * (percent, over the summed rows). The sample size is the n the value describes: answers, attempts,
 * journeys that reached value, or eligible customers.
 *
 * @param scale the answer scale for CSAT (default 5) and CES (required); ignored otherwise.
 * @throws DomainInputError from the formula for invalid answers or none (EMPTY_INPUT); EMPTY_INPUT
 *   (`durations`) when no journey of the period reached value, since there is no median to report;
 *   EMPTY_INPUT (`eligible`) when the period has no eligible customer; INCONSISTENT_INPUT
 *   (`answers[i].active`) for a row with more active than eligible customers.
 */
export function measurementFromResponses<T extends ComputableKpiType>(
  type: T,
  scale: number | null,
  answers: readonly KpiResponseAnswer[T][],
): ComputedKpiMeasurement {
  // Each case narrows `answers` to its type's response; the formulas validate every element again.
  switch (type) {
    case 'nps': {
      const result = nps(answers as readonly number[]);
      const { promoters, passives, detractors, n } = result;
      return { value: result.score, sampleSize: n, inputs: { promoters, passives, detractors, n } };
    }
    case 'csat': {
      const result = csat(answers as readonly number[], scale ?? DEFAULT_CSAT_SCALE);
      return { value: result.score, sampleSize: result.n, inputs: { satisfied: result.satisfied, n: result.n, scale: result.scale } };
    }
    case 'ces':
      return effort(answers as readonly number[], scale as CesScale);
    case 'tcr': {
      const result = taskCompletionRate((answers as readonly boolean[]).map((done) => (done ? COMPLETED : FAILED)));
      return { value: result.percent, sampleSize: result.n, inputs: { completed: result.completed, n: result.n } };
    }
    case 'ttv':
      return medianTimeToValue(answers as readonly (number | null)[]);
    case 'adoption':
      return adoption(answers as readonly KpiResponseAnswer['adoption'][]);
    default:
      throw new DomainInputError('OUT_OF_RANGE', 'type', `a ${String(type)} KPI cannot be computed from responses; import aggregates instead`);
  }
}

function effort(scores: readonly number[], scale: CesScale): ComputedKpiMeasurement {
  const result = ces(scores, scale);
  const inputs: Record<string, number> = { sum: 0, n: result.n, scale, easy: result.easy, neutral: result.neutral, difficult: result.difficult };
  for (let point = 1; point <= scale; point += 1) inputs[`score${point}`] = 0;
  for (const score of scores) {
    inputs.sum! += score;
    inputs[`score${score}`]! += 1;
  }
  return { value: result.score, sampleSize: result.n, inputs };
}

function medianTimeToValue(durations: readonly (number | null)[]): ComputedKpiMeasurement {
  const result = timeToValue(durations.map((duration) => (duration === null ? CENSORED : duration)));
  if (result.median === null || result.p75 === null || result.p90 === null) {
    throw new DomainInputError(
      'EMPTY_INPUT',
      'durations',
      `none of the ${result.nCensored} journeys has reached value yet, so there is no time to value to report`,
    );
  }
  return { value: result.median, sampleSize: result.n, inputs: { n: result.n, nCensored: result.nCensored, p75: result.p75, p90: result.p90 } };
}

function adoption(rows: readonly KpiResponseAnswer['adoption'][]): ComputedKpiMeasurement {
  let active = 0;
  let eligible = 0;
  // Checked per row: a row with more active than eligible customers could hide inside a consistent sum.
  for (let index = 0; index < rows.length; index += 1) {
    const row = rows[index]!;
    assertCount(row.active, `answers[${index}].active`);
    assertCount(row.eligible, `answers[${index}].eligible`);
    if (row.active > row.eligible) {
      throw new DomainInputError('INCONSISTENT_INPUT', `answers[${index}].active`, `expected at most the ${row.eligible} eligible customers, got ${row.active}`);
    }
    active += row.active;
    eligible += row.eligible;
  }
  if (eligible === 0) {
    throw new DomainInputError('EMPTY_INPUT', 'eligible', 'no customer was eligible in this period, so there is no adoption rate');
  }
  const result = adoptionRate(active, eligible);
  return { value: result.percent, sampleSize: eligible, inputs: { active, eligible } };
}
