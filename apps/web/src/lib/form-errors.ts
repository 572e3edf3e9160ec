import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import { errorMessage, isApiError } from './api-error';

/**
 * Puts the API's validation `details` on the matching form fields; anything left over
 * (or a non-validation error) goes to `root.server` so the form can show it above the button.
 */
export function applyServerErrors<T extends FieldValues>(error: unknown, setError: UseFormSetError<T>, fields: readonly Path<T>[]): void {
  const issues = isApiError(error) ? error.fieldIssues : [];
  let unmatched = issues.length === 0;
  for (const issue of issues) {
    const field = fields.find((name) => name === issue.path);
    if (field) setError(field, { type: 'server', message: issue.message });
    else unmatched = true;
  }
  if (unmatched) setError('root.server', { type: 'server', message: errorMessage(error) });
}

/** A code pattern and the form field an error with that code is about, e.g. [/SCALE/, 'scale']. */
export type CodeRule<F extends string> = readonly [RegExp, F];

/**
 * The form field a coded API error (a 422 such as KPI_SCALE_INVALID or SHIP_DATE_REQUIRED) is about:
 * `details.field` or `details.path` when the server names it, otherwise the first rule whose pattern matches the code.
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
