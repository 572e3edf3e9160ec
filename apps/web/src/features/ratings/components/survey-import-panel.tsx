import { Alert, Code, SegmentedControl, Stack, Text } from '@mantine/core';
import { useMemo, useRef, useState } from 'react';
import { CsvFileDrop } from '../../../components/csv-file-drop';
import { ImportActions } from '../../../components/import-actions';
import { ImportError, type ImportWording } from '../../../components/import-error';
import { LoadingState } from '../../../components/page-states';
import { pluralize } from '../../../lib/format';
import { type ImportFormat, useImportRatings } from '../api/import-ratings';
import { IMPORTABLE_STATUSES, useRatingOutcomes } from '../api/get-rating-outcomes';
import { mappingProblemCount, planColumnMapping } from '../utils/column-mapping';
import { type CsvHeaderResult, readCsvHeader } from '../utils/csv-header';
import { ImportResult } from './import-result';
import { ColumnMappingTable } from './column-mapping-table';
import { LongFormatHelp } from './long-format-help';

const FORMATS = [
  { value: 'wide', label: 'Wide: one row per respondent' },
  { value: 'long', label: 'Long: one row per answer' },
];

const WORDING: ImportWording = {
  rejectedCode: 'RATINGS_IMPORT_REJECTED',
  rejectedTitle: (count) => `${pluralize(count, 'line')} rejected: nothing was imported`,
  rejectedTableLabel: 'Rejected lines',
  nothingSaved: 'no respondent or rating',
  tooLargeHint: 'Split the survey into smaller files (for example by respondent) and import them one after the other.',
  notCsvHint: 'Export the survey as CSV (comma-separated, UTF-8) and choose that file.',
};

/** The "Import survey" tab: a CSV export, its columns previewed, checked by the server, then imported (all or nothing). */
export function SurveyImportPanel({ projectId }: { projectId: string }) {
  const [format, setFormat] = useState<ImportFormat>('wide');
  const [file, setFile] = useState<File | null>(null);
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
      <CsvFileDrop
        file={file}
        onChoose={choose}
        disabled={busy}
        inputLabel="Survey file"
        title="Drop the survey export here or click to choose it"
        hint="A .csv file (comma-separated, UTF-8). Only its first line is read here; the server reads the rest."
        exportWhat="the survey"
      />
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

      <ImportActions checkLabel="Check file" canCheck={headerReady} canImport={headerReady && mappingReady} busy={busy} lastDryRun={lastDryRun} onRun={run} progress={progress}>
        {headerReady && mapping && !mappingReady ? (
          <Text size="xs" c="dimmed">
            {mappingProblemCount(mapping) > 0 ? 'Fix the header to import.' : 'Confirm the column mapping to import.'}
          </Text>
        ) : null}
      </ImportActions>
      {importing.isSuccess ? <ImportResult result={importing.data} /> : null}
      {importing.isError ? <ImportError error={importing.error} dryRun={lastDryRun} wording={WORDING} /> : null}
    </Stack>
  );
}
