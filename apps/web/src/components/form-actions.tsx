import { Alert, Button, Group } from '@mantine/core';

type FormActionsProps = {
  /** The server's answer that no single field owns (`errors.root.server`), shown above the buttons. */
  error: string | undefined;
  /** "Could not save the KPI"; none where the message speaks for itself. */
  errorTitle?: string;
  submitLabel: string;
  submitting: boolean;
  /** Without it there is no Cancel button (a form that stays on the page). */
  onCancel?: () => void;
};

/** The end of a form: what went wrong on the server, then Cancel and the submit button. */
export function FormActions({ error, errorTitle, submitLabel, submitting, onCancel }: FormActionsProps) {
  return (
    <>
      {error ? (
        <Alert color="red" variant="light" role="alert" title={errorTitle}>
          {error}
        </Alert>
      ) : null}
      <Group justify={onCancel ? 'flex-end' : 'flex-start'}>
        {onCancel ? (
          <Button variant="default" onClick={onCancel}>
            Cancel
          </Button>
        ) : null}
        <Button type="submit" loading={submitting}>
          {submitLabel}
        </Button>
      </Group>
    </>
  );
}
