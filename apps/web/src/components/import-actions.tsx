import { Button, Group, Progress } from '@mantine/core';
import type { ReactNode } from 'react';

type ImportActionsProps = {
  /** "Check file", "Check (dry run)": the server reads the file and saves nothing. */
  checkLabel: string;
  canCheck: boolean;
  canImport: boolean;
  busy: boolean;
  /** Whether the running (or last) upload was the check, to spin the button that started it. */
  lastDryRun: boolean;
  onRun: (dryRun: boolean) => void;
  /** Fraction uploaded, 0..1, while an upload runs. */
  progress: number | null;
  /** Shown beside the buttons, e.g. why Import is not available yet. */
  children?: ReactNode;
};

/** Check first (nothing saved), then import: the two buttons of a CSV import and the upload's progress. */
export function ImportActions({ checkLabel, canCheck, canImport, busy, lastDryRun, onRun, progress, children }: ImportActionsProps) {
  return (
    <>
      <Group gap="sm">
        <Button variant="light" disabled={!canCheck || busy} loading={busy && lastDryRun} onClick={() => onRun(true)}>
          {checkLabel}
        </Button>
        <Button disabled={!canImport || busy} loading={busy && !lastDryRun} onClick={() => onRun(false)}>
          Import
        </Button>
        {children}
      </Group>
      {progress !== null ? <Progress value={Math.round(progress * 100)} aria-label="Upload progress" size="sm" animated={progress >= 1} /> : null}
    </>
  );
}
