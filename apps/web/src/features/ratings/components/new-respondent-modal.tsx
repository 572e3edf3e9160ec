import { ActionIcon, Button, Group, Stack, Text, TextInput } from '@mantine/core';
import type { Respondent } from '@outcome-atlas/contracts';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useFieldArray, useForm } from 'react-hook-form';
import { AppModal } from '../../../components/app-modal';
import { FormActions } from '../../../components/form-actions';
import { isApiError } from '../../../lib/api-error';
import { applyServerErrors } from '../../../lib/form-errors';
import { contractResolver } from '../../../lib/zod-form';
import { useCreateRespondent } from '../api/create-respondent';
import { EMPTY_RESPONDENT_FORM, respondentFormSchema } from '../utils/respondent-form';

type NewRespondentModalProps = { projectId: string; opened: boolean; onClose: () => void; onCreated: (respondent: Respondent) => void };

export function NewRespondentModal({ projectId, opened, onClose, onCreated }: NewRespondentModalProps) {
  return (
    <AppModal opened={opened} onClose={onClose} title="New participant" size="lg">
      {opened ? <NewRespondentForm projectId={projectId} onClose={onClose} onCreated={onCreated} /> : null}
    </AppModal>
  );
}

function NewRespondentForm({ projectId, onClose, onCreated }: Omit<NewRespondentModalProps, 'opened'>) {
  const create = useCreateRespondent(projectId);
  const form = useForm({ resolver: contractResolver(respondentFormSchema), defaultValues: EMPTY_RESPONDENT_FORM });
  const rows = useFieldArray({ control: form.control, name: 'attributes' });
  const { errors, isSubmitting } = form.formState;

  const submit = form.handleSubmit(async (body) => {
    try {
      onCreated(await create.mutateAsync(body));
    } catch (error) {
      if (isApiError(error) && error.status === 409) form.setError('externalId', { type: 'server', message: 'A participant with this id already exists: pick them in the list instead.' });
      else applyServerErrors(error, form.setError, ['externalId', 'segment']);
    }
  });

  return (
    <form onSubmit={(event) => void submit(event)} noValidate aria-label="New participant">
      <Stack gap="md">
        <TextInput
          label="Participant id"
          description="How you know them in the workshop or the survey tool, e.g. “Workshop participant 3” or R-0042. Unique in this project."
          data-autofocus
          {...form.register('externalId')}
          error={errors.externalId?.message}
        />
        <TextInput label="Segment" description="Optional; usually the persona, e.g. SMB." {...form.register('segment')} error={errors.segment?.message} />
        <Stack gap={6} role="group" aria-labelledby="respondent-attributes-label">
          <Text size="sm" fw={500} id="respondent-attributes-label">
            Attributes
          </Text>
          <Text size="xs" c="dimmed">
            Optional facts to compare segments by later, e.g. region = EU.
          </Text>
          {rows.fields.map((row, index) => (
            <Group key={row.id} gap="xs" align="flex-start" wrap="nowrap">
              <TextInput
                aria-label={`Attribute ${index + 1} name`}
                placeholder="Name"
                style={{ flex: 1 }}
                {...form.register(`attributes.${index}.name`)}
                error={errors.attributes?.[index]?.name?.message}
              />
              <TextInput
                aria-label={`Attribute ${index + 1} value`}
                placeholder="Value"
                style={{ flex: 1 }}
                {...form.register(`attributes.${index}.value`)}
                error={errors.attributes?.[index]?.value?.message}
              />
              <ActionIcon variant="subtle" color="gray" mt={4} aria-label={`Remove attribute ${index + 1}`} onClick={() => rows.remove(index)}>
                <IconTrash size={16} aria-hidden />
              </ActionIcon>
            </Group>
          ))}
          {errors.attributes?.message ?? errors.attributes?.root?.message ? (
            <Text size="xs" c="red">
              {errors.attributes?.message ?? errors.attributes?.root?.message}
            </Text>
          ) : null}
          <Group>
            <Button size="xs" variant="subtle" leftSection={<IconPlus size={14} aria-hidden />} onClick={() => rows.append({ name: '', value: '' })}>
              Add attribute
            </Button>
          </Group>
        </Stack>
        <FormActions error={errors.root?.server?.message} errorTitle="Could not add the participant" submitLabel="Add participant" submitting={isSubmitting} onCancel={onClose} />
      </Stack>
    </form>
  );
}
