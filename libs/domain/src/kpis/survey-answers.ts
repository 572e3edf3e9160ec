import { assertFinite, assertNonEmpty, DomainInputError } from '../validation/index.js';

/**
 * Throws unless `value` is a whole number within [min, max].
 * Survey KPIs count answers per scale point, so a 4.5 or a 0 on a 1–5 scale would silently land in no
 * bucket (or the wrong one); rejecting it keeps the counts honest.
 */
export function assertScalePoint(value: unknown, min: number, max: number, field: string): asserts value is number {
  assertFinite(value, field);
  if (!Number.isInteger(value)) {
    throw new DomainInputError('NOT_AN_INTEGER', field, `expected a whole-number answer, got ${value}`);
  }
  if (value < min || value > max) {
    throw new DomainInputError('OUT_OF_RANGE', field, `expected an answer from ${min} to ${max}, got ${value}`);
  }
}

/**
 * Validates a non-empty list of answers on the min..max scale, naming the bad one as `field[i]`.
 * An empty survey has no share of anything, so it is an EMPTY_INPUT error rather than a 0 or NaN.
 */
export function assertScaleAnswers(
  values: readonly unknown[],
  min: number,
  max: number,
  field: string,
): asserts values is readonly number[] {
  assertNonEmpty(values, field);
  // An index loop (not forEach) so holes in sparse arrays are checked too.
  for (let index = 0; index < values.length; index += 1) {
    assertScalePoint(values[index], min, max, `${field}[${index}]`);
  }
}

/** Throws unless `value` is a whole number that belongs to `allowed`; used for answer-scale arguments. */
export function assertScaleLength(value: unknown, allowed: readonly number[], field: string): asserts value is number {
  assertFinite(value, field);
  if (!Number.isInteger(value)) {
    throw new DomainInputError('NOT_AN_INTEGER', field, `expected a whole-number scale length, got ${value}`);
  }
  if (!allowed.includes(value)) {
    throw new DomainInputError('OUT_OF_RANGE', field, `expected one of ${allowed.join(', ')}, got ${value}`);
  }
}
