import { Button, Card, Group, Stack, Switch, Text, TextInput, Title } from '@mantine/core';
import { type Project, updateProjectRequestSchema } from '@outcome-atlas/contracts';
import { Controller, useForm } from 'react-hook-form';
import { applyServerErrors } from '../../../lib/form-errors';
import { notifySuccess } from '../../../lib/notify';
import { useUpdateExtractionSettings } from '../api/update-extraction-settings';

type FormValues = { model: string; redactPii: boolean };

/** The model name checked by the same contract the API validates with. */
function validateModel(value: string): true | string {
  const parsed = updateProjectRequestSchema.safeParse({ extraction: { model: value.trim() || null } });
  return parsed.success ? true : (parsed.error.issues[0]?.message ?? 'Enter a valid model name');
}

/** The project's AI extraction settings: which model, and whether personal data is redacted before it is sent. */
export function ExtractionSettingsForm({ project, canWrite }: { project: Project; canWrite: boolean }) {
  const update = useUpdateExtractionSettings(project.id);
  const defaults = { model: project.extraction.model ?? '', redactPii: project.extraction.redactPii };
  const form = useForm<FormValues>({ defaultValues: defaults, values: defaults });
  const { errors, isSubmitting, isDirty } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    try {
      await update.mutateAsync({ model: values.model.trim() || null, redactPii: values.redactPii });
      notifySuccess('Extraction settings saved');
    } catch (error) {
      applyServerErrors(error, form.setError, ['model', 'redactPii']);
    }
  });

  return (
    <Card withBorder padding="lg">
      <form onSubmit={onSubmit} noValidate aria-label="Extraction settings">
        <Stack gap="sm">
          <div>
            <Title order={2} size="h4">
              Extraction settings
            </Title>
            <Text size="sm" c="dimmed">
              Used when outcomes are extracted with an AI model. Offline suggestions need no model and send nothing anywhere.
            </Text>
          </div>
          <TextInput
            label="Model"
            description="Leave empty to use the server's default model."
            placeholder="Server default"
            disabled={!canWrite}
            {...form.register('model', { validate: validateModel })}
            error={errors.model?.message}
          />
          <Controller
            control={form.control}
            name="redactPii"
            render={({ field }) => (
              <Switch
                label="Redact personal data before sending"
                description="Emails, phone numbers, URLs and speaker names are replaced before transcript text reaches the model."
                disabled={!canWrite}
                name={field.name}
                ref={field.ref}
                checked={field.value}
                onBlur={field.onBlur}
                onChange={(event) => field.onChange(event.currentTarget.checked)}
              />
            )}
          />
          {errors.root?.server ? (
            <Text size="sm" c="red" role="alert">
              {errors.root.server.message}
            </Text>
          ) : null}
          {canWrite ? (
            <Group justify="flex-end">
              <Button type="submit" variant="light" loading={isSubmitting} disabled={!isDirty}>
                Save settings
              </Button>
            </Group>
          ) : null}
        </Stack>
      </form>
    </Card>
  );
}
