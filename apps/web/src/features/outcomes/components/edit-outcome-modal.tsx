import { Alert, Button, Group, Select, Stack, Text, Textarea } from '@mantine/core';
import type { Outcome } from '@outcome-atlas/contracts';
import { useState } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { AppModal } from '../../../components/app-modal';
import { errorMessage } from '../../../lib/api-error';
import { notifySuccess } from '../../../lib/notify';
import { staleCurrent, useUpdateOutcome } from '../api/update-outcome';
import { StatementLint } from './statement-lint';

type FormValues = { statement: string; jobStepId: string };

const NO_STEP = 'none';

type EditOutcomeModalProps = {
  outcome: Outcome | null;
  jobStepOptions: { value: string; label: string }[];
  onClose: () => void;
};

export function EditOutcomeModal({ outcome, jobStepOptions, onClose }: EditOutcomeModalProps) {
  return (
    <AppModal opened={outcome !== null} onClose={onClose} title={outcome ? `Edit ${outcome.key}` : 'Edit outcome'} size="lg">
      {outcome ? <EditOutcomeForm key={outcome.id} outcome={outcome} jobStepOptions={jobStepOptions} onClose={onClose} /> : null}
    </AppModal>
  );
}

/**
 * The statement and job step of one outcome, saved with the version it was read at. When someone else
 * saved first, their copy is shown; the researcher's draft stays in the form and Save applies it on top
 * of the latest version.
 */
function EditOutcomeForm({ outcome, jobStepOptions, onClose }: { outcome: Outcome; jobStepOptions: { value: string; label: string }[]; onClose: () => void }) {
  const [base, setBase] = useState(outcome);
  const [conflict, setConflict] = useState<Outcome | null>(null);
  const update = useUpdateOutcome();
  const { control, handleSubmit, register, reset, formState } = useForm<FormValues>({
    defaultValues: { statement: outcome.statement, jobStepId: outcome.jobStepId ?? NO_STEP },
  });
  const statement = useWatch({ control, name: 'statement' });

  const submit = handleSubmit(async (values) => {
    const text = values.statement.trim();
    const jobStepId = values.jobStepId === NO_STEP ? null : values.jobStepId;
    const changes = { ...(text !== base.statement ? { statement: text } : {}), ...(jobStepId !== base.jobStepId ? { jobStepId } : {}) };
    if (Object.keys(changes).length === 0) {
      onClose();
      return;
    }
    try {
      const saved = await update.mutateAsync({ outcomeId: base.id, version: base.version, ...changes });
      notifySuccess(`${saved.key} saved`);
      onClose();
    } catch (error) {
      const current = staleCurrent(error);
      if (current) {
        setBase(current);
        setConflict(current);
      }
    }
  });

  const otherError = update.isError && !staleCurrent(update.error) ? update.error : null;

  return (
    <form onSubmit={(event) => void submit(event)} aria-label={`Edit ${outcome.key}`} noValidate>
      <Stack gap="md">
        {conflict ? (
          <Alert color="yellow" title="Changed by someone else — showing the latest" role="alert">
            <Stack gap="xs">
              <Text size="sm">Their version (v{conflict.version}, {conflict.status}):</Text>
              <Text size="sm" fw={500} style={{ whiteSpace: 'pre-wrap' }} data-testid="conflict-statement">
                {conflict.statement}
              </Text>
              <Text size="sm">Your text is still below. Save again to apply it over their version, or take theirs.</Text>
              <Group>
                <Button
                  size="xs"
                  variant="white"
                  color="yellow"
                  onClick={() => {
                    reset({ statement: conflict.statement, jobStepId: conflict.jobStepId ?? NO_STEP });
                    setConflict(null);
                  }}
                >
                  Use their version
                </Button>
              </Group>
            </Stack>
          </Alert>
        ) : null}
        <Textarea
          label="Statement"
          description="Direction + metric + object of control (+ clarifier), e.g. “Minimize the time it takes to verify that the invoice matches the order”."
          autosize
          minRows={2}
          maxRows={6}
          data-autofocus
          error={formState.errors.statement?.message}
          {...register('statement', {
            validate: (value) => (value.trim() === '' ? 'Write a statement' : value.trim().length > 500 ? 'At most 500 characters' : true),
          })}
        />
        <StatementLint statement={statement} />
        <Controller
          control={control}
          name="jobStepId"
          render={({ field }) => (
            <Select
              label="Job step"
              data={[{ value: NO_STEP, label: 'No job step' }, ...jobStepOptions]}
              value={field.value}
              onChange={(value) => field.onChange(value ?? NO_STEP)}
              allowDeselect={false}
              comboboxProps={{ withinPortal: true }}
            />
          )}
        />
        {otherError ? (
          <Alert color="red" role="alert" title="Could not save">
            {errorMessage(otherError)}
          </Alert>
        ) : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button type="submit" loading={update.isPending}>
            Save
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
