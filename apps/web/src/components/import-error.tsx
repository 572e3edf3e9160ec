import { Alert, Text } from '@mantine/core';
import { errorMessage, isApiError } from '../lib/api-error';
import { importRejection } from '../lib/import-rejection';
import { RejectedLines } from './rejected-lines-table';

/** How one CSV import speaks of its failures: its rejection code and the words that fit its data. */
export type ImportWording = {
  /** The 422 code whose details list the rejected lines. */
  rejectedCode: string;
  rejectedTitle: (rejectedCount: number) => string;
  rejectedTableLabel: string;
  /** What the all-or-nothing import did not save: "no value", "no respondent or rating". */
  nothingSaved: string;
  /** How to get under the upload limit (413). */
  tooLargeHint: string;
  /** How to get a CSV file the server reads (415). */
  notCsvHint: string;
};

/** Why an import did not happen: rejected lines, a file too large, not a CSV file, or anything else. */
export function ImportError({ error, dryRun, wording }: { error: unknown; dryRun: boolean; wording: ImportWording }) {
  const rejection = importRejection(error, wording.rejectedCode);
  if (rejection)
    return <RejectedLines rejection={rejection} dryRun={dryRun} title={wording.rejectedTitle(rejection.rejectedCount)} tableLabel={wording.rejectedTableLabel} nothingSaved={wording.nothingSaved} />;
  let title = dryRun ? 'The file could not be checked' : 'Nothing was imported';
  let hint: string | null = null;
  if (isApiError(error) && error.status === 413) {
    title = 'The file is too large';
    hint = wording.tooLargeHint;
  } else if (isApiError(error) && error.status === 415) {
    title = 'This is not a CSV file the server can read';
    hint = wording.notCsvHint;
  }
  return (
    <Alert color="red" title={title} role="alert">
      <Text size="sm">{errorMessage(error)}</Text>
      {hint ? (
        <Text size="sm" mt={4}>
          {hint}
        </Text>
      ) : null}
      {!dryRun ? (
        <Text size="sm" mt={4}>
          The import is all or nothing: {wording.nothingSaved} was saved.
        </Text>
      ) : null}
    </Alert>
  );
}
