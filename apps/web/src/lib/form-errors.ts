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
