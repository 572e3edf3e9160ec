import { Alert, Text } from '@mantine/core';
import { importRejectionDetailsSchema } from '@outcome-atlas/contracts';
import { errorMessage, isApiError } from '../../../lib/api-error';
import { RejectedLines } from './rejected-lines-table';

/** Why an import did not happen: rejected lines, a file too large, not a CSV file, or anything else. */
export function ImportError({ error, dryRun }: { error: unknown; dryRun: boolean }) {
  if (isApiError(error) && error.status === 422 && error.code === 'RATINGS_IMPORT_REJECTED') {
    const details = importRejectionDetailsSchema.safeParse(error.details);
    if (details.success) return <RejectedLines details={details.data} dryRun={dryRun} />;
  }
  let title = dryRun ? 'The file could not be checked' : 'Nothing was imported';
  let hint: string | null = null;
  if (isApiError(error) && error.status === 413) {
    title = 'The file is too large';
    hint = 'Split the survey into smaller files (for example by respondent) and import them one after the other.';
  } else if (isApiError(error) && error.status === 415) {
    title = 'This is not a CSV file the server can read';
    hint = 'Export the survey as CSV (comma-separated, UTF-8) and choose that file.';
  }
  return (
    <Alert color="red" title={title} role="alert">
      <Text size="sm">{errorMessage(error)}</Text>
      {hint ? <Text size="sm" mt={4}>{hint}</Text> : null}
      {!dryRun ? (
        <Text size="sm" mt={4}>
          The import is all or nothing: no respondent or rating was saved.
        </Text>
      ) : null}
    </Alert>
  );
}
