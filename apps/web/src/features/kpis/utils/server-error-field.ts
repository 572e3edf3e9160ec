import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import { isApiError } from '../../../lib/api-error';
import { applyServerErrors } from '../../../lib/form-errors';

/** A code pattern and the form field an error with that code is about, e.g. [/SCALE/, 'scale']. */
export type CodeRule<F extends string> = readonly [RegExp, F];

/**
 * The form field a coded API error (a 422 such as KPI_SCALE_INVALID) is about: `details.field` or
 * `details.path` when the server names it, otherwise the first rule whose pattern matches the code.
 */
export function serverErrorField<F extends string>(error: unknown, fields: readonly F[], rules: readonly CodeRule<F>[]): F | null {
  if (!isApiError(error) || error.status !== 422) return null;
  const details = error.details as { field?: unknown; path?: unknown } | null | undefined;
  const named = typeof details?.field === 'string' ? details.field : typeof details?.path === 'string' ? details.path : null;
  const direct = fields.find((field) => field === named);
  if (direct) return direct;
  return rules.find(([pattern]) => pattern.test(error.code))?.[1] ?? null;
}

/** Puts a coded 422 on its field, validation details on theirs, and anything else above the submit button. */
export function showServerError<T extends FieldValues>(error: unknown, setError: UseFormSetError<T>, fields: readonly Path<T>[], rules: readonly CodeRule<Path<T>>[]): void {
  const field = serverErrorField(error, fields, rules);
  if (field && isApiError(error)) setError(field, { type: 'server', message: error.message }, { shouldFocus: true });
  else applyServerErrors(error, setError, fields);
}
