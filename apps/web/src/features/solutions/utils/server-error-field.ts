import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import { isApiError } from '../../../lib/api-error';
import { applyServerErrors } from '../../../lib/form-errors';

/** A code pattern and the form field an error with that code is about, e.g. [/SHIP_DATE/, 'shipDate']. */
export type CodeRule<F extends string> = readonly [RegExp, F];

/**
 * Puts a coded 422 (SHIP_DATE_REQUIRED ...) on its field (`details.field` when the server names one, otherwise
 * the first rule matching the code), validation details on theirs, and anything else above the submit button.
 */
export function showServerError<T extends FieldValues>(error: unknown, setError: UseFormSetError<T>, fields: readonly Path<T>[], rules: readonly CodeRule<Path<T>>[]): void {
  if (isApiError(error) && error.status === 422) {
    const details = error.details as { field?: unknown } | null | undefined;
    const field = fields.find((name) => name === details?.field) ?? rules.find(([pattern]) => pattern.test(error.code))?.[1];
    if (field) {
      setError(field, { type: 'server', message: error.message }, { shouldFocus: true });
      return;
    }
  }
  applyServerErrors(error, setError, fields);
}
