import { assertFinite, assertNonEmpty, DomainInputError } from '../validation/index.js';
import { percentileInclusive } from './percentile.js';

/**
 * One customer journey from start (sign-up, purchase) towards first value. Durations are in any one
 * unit (days, hours ...) the caller uses for the whole list, and must be finite and >= 0.
 *
 * - a number: the journey reached value after that long;
 * - `{ duration: number }` or `{ duration: number, censored: false }`: the same;
 * - `{ censored: true }`: no value yet (right-censored); a `duration` beside it is the time observed
 *   so far, validated but not used;
 * - `{}` or `{ duration: null }`: no value yet, as a database row with an empty "value reached at"
 *   column maps naturally;
 * - `{ duration: null, censored: false }`: contradictory, rejected.
 */
export type TimeToValueJourney = number | { readonly duration?: number | null; readonly censored?: boolean };

/**
 * Time to Value percentiles in the caller's duration unit, full precision. `n` counts the journeys
 * that reached value (the ones the percentiles describe) and `nCensored` those that have not yet; the
 * percentiles are null exactly when `n` is 0.
 */
export type TimeToValue = {
  median: number | null;
  p75: number | null;
  p90: number | null;
  n: number;
  nCensored: number;
};

/**
 * Time to Value (DOMAIN.md, journey level): how long customers take from start to first value,
 * summarised as the median, 75th and 90th percentile of the journeys that reached value.
 * Percentiles use linear interpolation between closest ranks (Hyndman & Fan type 7, R's default,
 * Excel PERCENTILE.INC): with the n durations sorted ascending x[0..n−1] and h = (n − 1) × p,
 * P = x[⌊h⌋] + (h − ⌊h⌋) × (x[⌊h⌋+1] − x[⌊h⌋]).
 *
 * Percentiles rather than the mean because time-to-value is right-skewed: a few very slow starts
 * would drag a mean far from the typical customer. Censored journeys (no value yet) are left out of
 * the percentiles because their true duration is unknown, and counted in `nCensored` so a reader sees
 * how many are still waiting; a median over the 10 of 100 customers who got value is not the same
 * news as a median over all 100. When every journey is censored the result has null percentiles
 * rather than an error: "nobody has reached value yet" is a real state of a new cohort.
 *
 * @param durations at least one journey, see {@link TimeToValueJourney}.
 * @throws DomainInputError EMPTY_INPUT (`durations`) for an empty list; NOT_A_NUMBER or OUT_OF_RANGE
 *   (`durations[i]` or `durations[i].duration`) for a duration that is not a finite number >= 0;
 *   OUT_OF_RANGE (`durations[i].censored`) for a non-boolean flag; INCONSISTENT_INPUT
 *   (`durations[i].duration`) for `censored: false` without a duration.
 */
export function timeToValue(durations: readonly TimeToValueJourney[]): TimeToValue {
  assertNonEmpty(durations, 'durations');
  const reached: number[] = [];
  let nCensored = 0;
  for (let index = 0; index < durations.length; index += 1) {
    const duration = observedDuration(durations[index], `durations[${index}]`);
    if (duration === null) nCensored += 1;
    else reached.push(duration);
  }
  if (reached.length === 0) return { median: null, p75: null, p90: null, n: 0, nCensored };
  reached.sort((a, b) => a - b);
  return {
    median: percentileInclusive(reached, 50),
    p75: percentileInclusive(reached, 75),
    p90: percentileInclusive(reached, 90),
    n: reached.length,
    nCensored,
  };
}

/** The duration of a journey that reached value, or null for a censored one. */
function observedDuration(journey: unknown, field: string): number | null {
  if (typeof journey === 'number') return assertDuration(journey, field);
  if (typeof journey !== 'object' || journey === null) {
    throw new DomainInputError(
      'NOT_A_NUMBER',
      field,
      `expected a duration or a journey object, got ${String(journey)}`,
    );
  }
  const { duration, censored } = journey as { duration?: unknown; censored?: unknown };
  if (censored !== undefined && typeof censored !== 'boolean') {
    throw new DomainInputError('INVALID_TYPE', `${field}.censored`, `expected true or false, got ${String(censored)}`);
  }
  const observed = duration === undefined || duration === null ? null : assertDuration(duration, `${field}.duration`);
  if (censored === true) return null;
  if (observed !== null) return observed;
  if (censored === false) {
    throw new DomainInputError(
      'INCONSISTENT_INPUT',
      `${field}.duration`,
      'a journey marked censored: false needs a duration',
    );
  }
  return null;
}

function assertDuration(value: unknown, field: string): number {
  assertFinite(value, field);
  if (value < 0) {
    throw new DomainInputError('OUT_OF_RANGE', field, `expected a duration of 0 or more, got ${value}`);
  }
  // -0 passes the check above; normalised so no percentile is ever reported as -0.
  return value === 0 ? 0 : value;
}
