import { Button, Card, Group, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { createPersonaRequestSchema } from '@outcome-atlas/contracts';
import { useForm } from 'react-hook-form';
import { EmptyState, ErrorState, LoadingState } from '../../../components/page-states';
import { applyServerErrors } from '../../../lib/form-errors';
import { contractResolver } from '../../../lib/zod-form';
import { useCreatePersona } from '../api/create-persona';
import { usePersonas } from '../api/get-personas';

type PersonasPanelProps = { projectId: string; canWrite: boolean };

export function PersonasPanel({ projectId, canWrite }: PersonasPanelProps) {
  const personas = usePersonas(projectId);

  return (
    <Stack gap="sm">
      <div>
        <Title order={2} size="h3">
          Personas
        </Title>
        <Text size="sm" c="dimmed">
          Who the interviews are with. Tag interviews with a persona to compare what each group needs.
        </Text>
      </div>
      {personas.isPending ? <LoadingState label="Loading personas" rows={2} /> : null}
      {personas.isError ? <ErrorState error={personas.error} onRetry={() => void personas.refetch()} title="Could not load personas" /> : null}
      {personas.isSuccess && personas.data.length === 0 ? <EmptyState title="No personas yet" /> : null}
      {personas.isSuccess && personas.data.length > 0 ? (
        <Stack component="ul" gap="xs" aria-label="Personas" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {personas.data.map((persona) => (
            <Card key={persona.id} component="li" withBorder padding="sm">
              <Text fw={500}>{persona.name}</Text>
              {persona.description ? (
                <Text size="sm" c="dimmed" style={{ whiteSpace: 'pre-wrap' }}>
                  {persona.description}
                </Text>
              ) : null}
            </Card>
          ))}
        </Stack>
      ) : null}
      {canWrite ? <AddPersonaForm projectId={projectId} /> : null}
    </Stack>
  );
}

function AddPersonaForm({ projectId }: { projectId: string }) {
  const createPersona = useCreatePersona(projectId);
  const form = useForm({ resolver: contractResolver(createPersonaRequestSchema), defaultValues: { name: '', description: '' } });
  const { errors, isSubmitting } = form.formState;
  const onSubmit = form.handleSubmit(async (values) => {
    try {
      await createPersona.mutateAsync(values);
      form.reset();
    } catch (error) {
      applyServerErrors(error, form.setError, ['name', 'description']);
    }
  });
  return (
    <form onSubmit={onSubmit} noValidate aria-label="Add persona">
      <Stack gap="xs">
        <TextInput label="Persona name" {...form.register('name')} error={errors.name?.message ?? errors.root?.server?.message} />
        <Textarea label="Persona description" autosize minRows={1} {...form.register('description')} error={errors.description?.message} />
        <Group>
          <Button type="submit" variant="light" loading={isSubmitting}>
            Add persona
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
