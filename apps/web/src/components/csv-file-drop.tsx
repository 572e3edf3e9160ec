import { Alert, Button, Group, Text } from '@mantine/core';
import { Dropzone } from '@mantine/dropzone';
import { IconFileSpreadsheet, IconUpload } from '@tabler/icons-react';
import { useState } from 'react';
import { formatNumber } from '../lib/format';

// Spreadsheet apps on Windows report CSV as application/vnd.ms-excel; the extension decides as well.
const ACCEPT = { 'text/csv': ['.csv'], 'application/vnd.ms-excel': ['.csv'] };

type CsvFileDropProps = {
  file: File | null;
  /** A CSV file dropped or chosen, or null when it is removed or a file that is not CSV was dropped. */
  onChoose: (file: File | null) => void;
  disabled: boolean;
  /** The file input's accessible name, e.g. "Survey file". */
  inputLabel: string;
  title: string;
  hint: string;
  /** What to export as CSV when another kind of file was dropped: "the survey", "the data". */
  exportWhat: string;
};

/** Drop or choose one CSV file: a file of another kind is refused with a word on what to do, the chosen one can be removed. */
export function CsvFileDrop({ file, onChoose, disabled, inputLabel, title, hint, exportWhat }: CsvFileDropProps) {
  const [notCsv, setNotCsv] = useState<string | null>(null);
  const choose = (chosen: File | null) => {
    setNotCsv(null);
    onChoose(chosen);
  };
  return (
    <>
      <Dropzone
        onDrop={(files) => choose(files[0] ?? null)}
        onReject={(rejections) => {
          choose(null);
          setNotCsv(rejections[0]?.file.name ?? 'That file');
        }}
        accept={ACCEPT}
        multiple={false}
        disabled={disabled}
        inputProps={{ 'aria-label': inputLabel }}
      >
        <Group justify="center" gap="md" mih={100} style={{ pointerEvents: 'none' }}>
          <IconUpload size={32} stroke={1.5} aria-hidden />
          <div>
            <Text size="lg">{title}</Text>
            <Text size="sm" c="dimmed">
              {hint}
            </Text>
          </div>
        </Group>
      </Dropzone>
      {notCsv ? (
        <Alert color="red" role="alert" title="Not a CSV file">
          {notCsv} is not a .csv file. Export {exportWhat} as CSV and choose that file.
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
          <Button size="compact-xs" variant="subtle" color="gray" disabled={disabled} onClick={() => choose(null)}>
            Remove
          </Button>
        </Group>
      ) : null}
    </>
  );
}
