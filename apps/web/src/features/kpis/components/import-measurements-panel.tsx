import { Alert, Button, Group, Progress, SegmentedControl, Stack, Text } from '@mantine/core';
import { Dropzone } from '@mantine/dropzone';
import type { KpiDetail } from '@outcome-atlas/contracts';
import { IconFileSpreadsheet, IconUpload } from '@tabler/icons-react';
import { useState } from 'react';
import { errorMessage, isApiError } from '../../../lib/api-error';
import { useImportMeasurements } from '../api/import-measurements';
import { acceptsResponses, type ImportKind } from '../utils/csv-columns';
import { importRejection } from '../utils/import-rejection';
import { ExpectedColumns } from './expected-columns';
import { ImportedPeriods } from './imported-periods';
import { ImportLineErrors } from './import-line-errors';

// Spreadsheet apps on Windows report CSV as application/vnd.ms-excel; the extension decides as well.
const ACCEPT = { 'text/csv': ['.csv'], 'application/vnd.ms-excel': ['.csv'] };

/** Import a CSV of aggregates or of raw answers: check it first (nothing saved), then import it (all periods or none). */
export function ImportMeasurementsPanel({ kpi }: { kpi: KpiDetail }) {
  const [kind, setKind] = useState<ImportKind>('aggregates');
  const [file, setFile] = useState<File | null>(null);
  const [notCsv, setNotCsv] = useState<string | null>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const importing = useImportMeasurements(kpi.projectId, kpi.id);
  const responses = acceptsResponses(kpi);
  const busy = importing.isPending;
  const lastDryRun = importing.variables?.dryRun ?? true;

  const choose = (chosen: File | null) => {
    setFile(chosen);
    setNotCsv(null);
    importing.reset();
  };

  const run = (dryRun: boolean) => {
    if (!file) return;
    setProgress(0);
    importing.mutate({ file, kind, dryRun, onProgress: setProgress }, { onSettled: () => setProgress(null) });
  };

  const rejection = importing.isError ? importRejection(importing.error) : null;

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
      <Dropzone
        onDrop={(files) => choose(files[0] ?? null)}
        onReject={(rejections) => {
          choose(null);
          setNotCsv(rejections[0]?.file.name ?? 'That file');
        }}
        accept={ACCEPT}
        multiple={false}
        disabled={busy}
        inputProps={{ 'aria-label': 'CSV file' }}
      >
        <Group justify="center" gap="md" mih={80} style={{ pointerEvents: 'none' }}>
          <IconUpload size={28} stroke={1.5} aria-hidden />
          <div>
            <Text size="md">Drop the CSV file here or click to choose it</Text>
            <Text size="sm" c="dimmed">
              Comma-separated, UTF-8, with the header line above.
            </Text>
          </div>
        </Group>
      </Dropzone>
      {notCsv ? (
        <Alert color="red" role="alert" title="Not a CSV file">
          {notCsv} is not a .csv file. Export the data as CSV and choose that file.
        </Alert>
      ) : null}
      {file ? (
        <Group gap="xs">
          <IconFileSpreadsheet size={18} aria-hidden />
          <Text size="sm" fw={500} data-testid="chosen-file">
            {file.name}
          </Text>
          <Button size="compact-xs" variant="subtle" color="gray" disabled={busy} onClick={() => choose(null)}>
            Remove
          </Button>
        </Group>
      ) : null}
      <Group gap="sm">
        <Button variant="light" disabled={!file || busy} loading={busy && lastDryRun} onClick={() => run(true)}>
          Check (dry run)
        </Button>
        <Button disabled={!file || busy} loading={busy && !lastDryRun} onClick={() => run(false)}>
          Import
        </Button>
      </Group>
      {progress !== null ? <Progress value={Math.round(progress * 100)} aria-label="Upload progress" size="sm" animated={progress >= 1} /> : null}
      {importing.isSuccess ? <ImportedPeriods result={importing.data} format={kpi} /> : null}
      {rejection ? <ImportLineErrors rejection={rejection} dryRun={lastDryRun} /> : null}
      {importing.isError && !rejection ? <ImportFailure error={importing.error} dryRun={lastDryRun} /> : null}
    </Stack>
  );
}

function ImportFailure({ error, dryRun }: { error: unknown; dryRun: boolean }) {
  let title = dryRun ? 'The file could not be checked' : 'Nothing was imported';
  if (isApiError(error) && error.status === 413) title = 'The file is too large: split it by period and import the parts';
  else if (isApiError(error) && error.status === 415) title = 'This is not a CSV file the server can read';
  return (
    <Alert color="red" role="alert" title={title}>
      {errorMessage(error)}
    </Alert>
  );
}
