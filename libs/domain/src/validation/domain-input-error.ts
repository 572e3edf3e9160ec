export type DomainInputErrorCode =
  /** A value that is not a finite number (NaN, Infinity) or not a number at all. */
  | 'NOT_A_NUMBER'
  /** A value of the wrong type where a string or boolean is required. */
  | 'INVALID_TYPE'
  /** A number outside the range the formula accepts (a rating of 6 on a 1–5 scale, a negative count). */
  | 'OUT_OF_RANGE'
  /** A count or rating that must be a whole number and is not. */
  | 'NOT_AN_INTEGER'
  /** Input that is empty where an empty input has no meaningful answer. */
  | 'EMPTY_INPUT'
  /** Values that are each valid but contradict each other (more satisfied answers than answers). */
  | 'INCONSISTENT_INPUT';

/**
 * Every domain function rejects invalid input with this error instead of returning NaN.
 * `field` names the offending input as the caller passed it (e.g. `ratings[3].importance`), so the
 * API can turn it into a 422 that points at the bad value.
 */
export class DomainInputError extends Error {
  override readonly name = 'DomainInputError';

  constructor(
    readonly code: DomainInputErrorCode,
    readonly field: string,
    message: string,
  ) {
    super(`${field}: ${message}`);
  }
}
