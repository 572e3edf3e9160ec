import { SegmentedControl, Stack, Text } from '@mantine/core';
import type { KpiDetail } from '@outcome-atlas/contracts';
import { useState } from 'react';
import { CsvFileDrop } from '../../../components/csv-file-drop';
import { ImportActions } from '../../../components/import-actions';
import { ImportError, type ImportWording } from '../../../components/import-error';
import { pluralize } from '../../../lib/format';
import { useImportMeasurements } from '../api/import-measurements';
import { acceptsResponses, type ImportKind } from '../utils/csv-columns';
import { ExpectedColumns } from './expected-columns';
import { ImportedPeriods } from './imported-periods';

const WORDING: ImportWording = {
  rejectedCode: 'KPI_IMPORT_REJECTED',
  rejectedTitle: (count) => `${pluralize(count, 'problem')} in the file: nothing was imported`,
  rejectedTableLabel: 'Problems in the file',
  nothingSaved: 'no value',
  tooLargeHint: 'Split it by period and import the parts one after the other.',
  notCsvHint: 'Export the data as CSV (comma-separated, UTF-8) and choose that file.',
};

/** Import a CSV of aggregates or of raw answers: check it first (nothing saved), then import it (all periods or none). */
export function ImportMeasurementsPanel({ kpi }: { kpi: KpiDetail }) {
  const [kind, setKind] = useState<ImportKind>('aggregates');
  const [file, setFile] = useState<File | null>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const importing = useImportMeasurements(kpi.projectId, kpi.id);
  const responses = acceptsResponses(kpi);
  const busy = importing.isPending;
  const lastDryRun = importing.variables?.dryRun ?? true;

  const choose = (chosen: File | null) => {
    setFile(chosen);
    importing.reset();
  };

  const run = (dryRun: boolean) => {
    if (!file) return;
    setProgress(0);
    importing.mutate({ file, kind, dryRun, onProgress: setProgress }, { onSettled: () => setProgress(null) });
  };

  return (
    <Stack gap="md">
      <Stack gap={4}>
        <Text size="sm" fw={500} id="kpi-import-kind-label">
          What the file holds
        </Text>
        <SegmentedControl
          aria-labelledby="kpi-import-kind-label"
          data={[
            { value: 'aggregates', label: 'Values per period' },
            { value: 'responses', label: 'Raw responses', disabled: !responses },
          ]}
          value={kind}
          disabled={busy}
          onChange={(value) => {
            setKind(value as ImportKind);
            importing.reset();
          }}
          w="fit-content"
        />
        {!responses ? (
          <Text size="xs" c="dimmed">
            {kpi.type === 'clv' ? 'CLV' : 'A custom KPI'} is imported as values per period only: there are no raw answers to compute it from.
          </Text>
        ) : null}
      </Stack>
      <ExpectedColumns kpi={kpi} kind={kind} />
      <CsvFileDrop
        file={file}
        onChoose={choose}
        disabled={busy}
        inputLabel="CSV file"
        title="Drop the CSV file here or click to choose it"
        hint="Comma-separated, UTF-8, with the header line above."
        exportWhat="the data"
      />
      <ImportActions checkLabel="Check (dry run)" canCheck={file !== null} canImport={file !== null} busy={busy} lastDryRun={lastDryRun} onRun={run} progress={progress} />
      {importing.isSuccess ? <ImportedPeriods result={importing.data} format={kpi} /> : null}
      {importing.isError ? <ImportError error={importing.error} dryRun={lastDryRun} wording={WORDING} /> : null}
    </Stack>
  );
}
