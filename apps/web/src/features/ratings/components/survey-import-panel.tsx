import { Alert, Button, Code, Group, Progress, SegmentedControl, Stack, Text } from '@mantine/core';
import { Dropzone } from '@mantine/dropzone';
import { IconFileSpreadsheet, IconUpload } from '@tabler/icons-react';
import { useMemo, useRef, useState } from 'react';
import { LoadingState } from '../../../components/page-states';
import { formatNumber } from '../../../lib/format';
import { type ImportFormat, useImportRatings } from '../api/import-ratings';
import { IMPORTABLE_STATUSES, useRatingOutcomes } from '../api/get-rating-outcomes';
import { mappingProblemCount, planColumnMapping } from '../utils/column-mapping';
import { type CsvHeaderResult, readCsvHeader } from '../utils/csv-header';
import { ImportError } from './import-error';
import { ImportResult } from './import-result';
import { ColumnMappingTable } from './column-mapping-table';
import { LongFormatHelp } from './long-format-help';

// Spreadsheet apps on Windows report CSV as application/vnd.ms-excel; the extension decides as well.
const ACCEPT = { 'text/csv': ['.csv'], 'application/vnd.ms-excel': ['.csv'] };
const FORMATS = [
  { value: 'wide', label: 'Wide: one row per respondent' },
  { value: 'long', label: 'Long: one row per answer' },
];

/** The "Import survey" tab: a CSV export, its columns previewed, checked by the server, then imported (all or nothing). */
export function SurveyImportPanel({ projectId }: { projectId: string }) {
  const [format, setFormat] = useState<ImportFormat>('wide');
  const [file, setFile] = useState<File | null>(null);
  const [notCsv, setNotCsv] = useState<string | null>(null);
  const [header, setHeader] = useState<CsvHeaderResult | null>(null);
  const [confirmed, setConfirmed] = useState(false);
  const [progress, setProgress] = useState<number | null>(null);
  const latestFile = useRef<File | null>(null);
  const outcomes = useRatingOutcomes(projectId, IMPORTABLE_STATUSES);
  const importing = useImportRatings(projectId);

  const mapping = useMemo(() => {
    if (!header?.ok) return null;
    if (format === 'long') return planColumnMapping('long', header.columns, []);
    return outcomes.data ? planColumnMapping('wide', header.columns, outcomes.data) : null;
  }, [format, header, outcomes.data]);

  const choose = (chosen: File | null) => {
    latestFile.current = chosen;
    setFile(chosen);
    setNotCsv(null);
    setHeader(null);
    setConfirmed(false);
    importing.reset();
    if (!chosen) return;
    void readCsvHeader(chosen).then(
      (result) => {
        if (latestFile.current === chosen) setHeader(result);
      },
      () => {
        if (latestFile.current === chosen) setHeader({ ok: false, reason: 'The file could not be read.' });
      },
    );
  };

  const run = (dryRun: boolean) => {
    if (!file) return;
    setProgress(0);
    importing.mutate({ file, format, dryRun, onProgress: setProgress }, { onSettled: () => setProgress(null) });
  };

  const headerReady = file !== null && header?.ok === true;
  // The server decides in the end; a header the planner already refuses is not worth uploading.
  const mappingReady = mapping !== null && mappingProblemCount(mapping) === 0 && (format === 'long' || confirmed);
  const busy = importing.isPending;
  const lastDryRun = importing.variables?.dryRun ?? true;

  return (
    <Stack gap="md" maw={960}>
      <Stack gap={4}>
        <Text size="sm" fw={500} id="survey-format-label">
          Survey format
        </Text>
        <SegmentedControl
          aria-labelledby="survey-format-label"
          data={FORMATS}
          value={format}
          disabled={busy}
          onChange={(value) => {
            setFormat(value as ImportFormat);
            setConfirmed(false);
            importing.reset();
          }}
          w="fit-content"
        />
      </Stack>
      <Dropzone
        onDrop={(files) => choose(files[0] ?? null)}
        onReject={(rejections) => {
          choose(null);
          setNotCsv(rejections[0]?.file.name ?? 'That file');
        }}
        accept={ACCEPT}
        multiple={false}
        disabled={busy}
        inputProps={{ 'aria-label': 'Survey file' }}
      >
        <Group justify="center" gap="md" mih={100} style={{ pointerEvents: 'none' }}>
          <IconUpload size={32} stroke={1.5} aria-hidden />
          <div>
            <Text size="lg">Drop the survey export here or click to choose it</Text>
            <Text size="sm" c="dimmed">
              A .csv file (comma-separated, UTF-8). Only its first line is read here; the server reads the rest.
            </Text>
          </div>
        </Group>
      </Dropzone>
      {notCsv ? (
        <Alert color="red" role="alert" title="Not a CSV file">
          {notCsv} is not a .csv file. Export the survey as CSV and choose that file.
        </Alert>
      ) : null}
      {file ? (
        <Group gap="xs">
          <IconFileSpreadsheet size={18} aria-hidden />
          <Text size="sm" fw={500} data-testid="chosen-file">
            {file.name}
          </Text>
          <Text size="sm" c="dimmed">
            {formatNumber(Math.ceil(file.size / 1024))} KB
          </Text>
          <Button size="compact-xs" variant="subtle" color="gray" disabled={busy} onClick={() => choose(null)}>
            Remove
          </Button>
        </Group>
      ) : null}
      {header && !header.ok ? (
        <Alert color="red" role="alert" title="The header line cannot be read">
          {header.reason}
        </Alert>
      ) : null}

      {format === 'long' ? <LongFormatHelp /> : null}
      {format === 'wide' && !headerReady ? (
        <Text size="sm">
          One row per respondent: a respondent id column (<Code>respondent_id</Code>), optionally <Code>segment</Code> and attribute columns, and for each outcome an
          importance and a satisfaction column named by its key, e.g. <Code>O-12 importance</Code>, <Code>O-12_sat</Code> or <Code>imp_O-12</Code>.
        </Text>
      ) : null}
      {format === 'wide' && headerReady && outcomes.isPending ? <LoadingState label="Loading the outcomes to match the columns with" rows={2} /> : null}
      {format === 'wide' && headerReady && outcomes.isError ? (
        <Alert color="red" role="alert" title="Could not load the outcomes to match the columns with">
          The server can still check the file.
        </Alert>
      ) : null}
      {mapping ? <ColumnMappingTable mapping={mapping} confirmation={format === 'wide' ? { confirmed, onChange: setConfirmed } : undefined} /> : null}

      <Group gap="sm">
        <Button variant="light" disabled={!headerReady || busy} loading={busy && lastDryRun} onClick={() => run(true)}>
          Check file
        </Button>
        <Button disabled={!headerReady || !mappingReady || busy} loading={busy && !lastDryRun} onClick={() => run(false)}>
          Import
        </Button>
        {headerReady && mapping && !mappingReady ? (
          <Text size="xs" c="dimmed">
            {mappingProblemCount(mapping) > 0 ? 'Fix the header to import.' : 'Confirm the column mapping to import.'}
          </Text>
        ) : null}
      </Group>
      {progress !== null ? <Progress value={Math.round(progress * 100)} aria-label="Upload progress" size="sm" animated={progress >= 1} /> : null}
      {importing.isSuccess ? <ImportResult result={importing.data} /> : null}
      {importing.isError ? <ImportError error={importing.error} dryRun={lastDryRun} /> : null}
    </Stack>
  );
}
