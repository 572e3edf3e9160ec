import { DomainInputError } from '../validation/index.js';

/**
 * Throws unless `value` is a string. The shared error codes have none for "wrong type of text", so a
 * non-string is reported as `INVALID_TYPE`.
 */
export function assertStatementText(value: unknown, field: string): asserts value is string {
  if (typeof value !== 'string') {
    throw new DomainInputError('INVALID_TYPE', field, `expected statement text (a string), got ${describe(value)}`);
  }
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value;
}
