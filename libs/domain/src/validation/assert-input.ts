import { DomainInputError } from './domain-input-error.js';

/** Throws unless `value` is a finite number. */
export function assertFinite(value: unknown, field: string): asserts value is number {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new DomainInputError('NOT_A_NUMBER', field, `expected a finite number, got ${String(value)}`);
  }
}

/** Throws unless `value` is a finite number within [min, max]. */
export function assertInRange(value: unknown, min: number, max: number, field: string): asserts value is number {
  assertFinite(value, field);
  if (value < min || value > max) {
    throw new DomainInputError('OUT_OF_RANGE', field, `expected a value from ${min} to ${max}, got ${value}`);
  }
}

/** Throws unless `value` is a whole number >= 0 (a count). */
export function assertCount(value: unknown, field: string): asserts value is number {
  assertFinite(value, field);
  if (!Number.isInteger(value)) {
    throw new DomainInputError('NOT_AN_INTEGER', field, `expected a whole number, got ${value}`);
  }
  if (value < 0) {
    throw new DomainInputError('OUT_OF_RANGE', field, `expected a count of 0 or more, got ${value}`);
  }
}

/** Throws unless `value` is a whole-number rating on the 1..scale answer scale. */
export function assertRating(value: unknown, scale: number, field: string): asserts value is number {
  assertFinite(value, field);
  if (!Number.isInteger(value)) {
    throw new DomainInputError('NOT_AN_INTEGER', field, `expected a whole-number rating, got ${value}`);
  }
  if (value < 1 || value > scale) {
    throw new DomainInputError('OUT_OF_RANGE', field, `expected a rating from 1 to ${scale}, got ${value}`);
  }
}

/** Throws when a list that must hold at least one item is empty. */
export function assertNonEmpty(values: readonly unknown[], field: string): void {
  if (values.length === 0) {
    throw new DomainInputError('EMPTY_INPUT', field, 'expected at least one value');
  }
}
