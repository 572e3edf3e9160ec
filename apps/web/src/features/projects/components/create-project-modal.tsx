import { Alert, Button, Group, Stack, Textarea, TextInput } from '@mantine/core';
import { createProjectRequestSchema, type Project } from '@outcome-atlas/contracts';
import { useForm } from 'react-hook-form';
import { applyServerErrors } from '../../../lib/form-errors';
import { contractResolver } from '../../../lib/zod-form';
import { useCreateProject } from '../api/create-project';
import { AppModal } from '../../../components/app-modal';

type CreateProjectModalProps = {
  workspaceId: string;
  opened: boolean;
  onClose: () => void;
  onCreated: (project: Project) => void;
};

export function CreateProjectModal({ workspaceId, opened, onClose, onCreated }: CreateProjectModalProps) {
  const createProject = useCreateProject(workspaceId);
  const form = useForm({
    resolver: contractResolver(createProjectRequestSchema),
    defaultValues: { name: '', description: '', jobStatement: '' },
  });
  const { errors, isSubmitting } = form.formState;

  const close = () => {
    form.reset();
    onClose();
  };

  const onSubmit = form.handleSubmit(async (values) => {
    try {
      const project = await createProject.mutateAsync(values);
      form.reset();
      onCreated(project);
    } catch (error) {
      applyServerErrors(error, form.setError, ['name', 'description', 'jobStatement']);
    }
  });

  return (
    <AppModal opened={opened} onClose={close} title="New project" size="lg">
      <form onSubmit={onSubmit} noValidate>
        <Stack>
          <TextInput label="Project name" required data-autofocus {...form.register('name')} error={errors.name?.message} />
          <Textarea
            label="Core job statement"
            description="The job customers hire a product for, without naming a solution, e.g. “Reconcile supplier invoices with orders”."
            autosize
            minRows={2}
            {...form.register('jobStatement')}
            error={errors.jobStatement?.message}
          />
          <Textarea label="Description" autosize minRows={2} {...form.register('description')} error={errors.description?.message} />
          {errors.root?.server ? (
            <Alert color="red" variant="light" role="alert">
              {errors.root.server.message}
            </Alert>
          ) : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              Cancel
            </Button>
            <Button type="submit" loading={isSubmitting}>
              Create project
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}
