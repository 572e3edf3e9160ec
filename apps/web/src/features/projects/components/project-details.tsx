import { Card, Stack, Text, Title } from '@mantine/core';
import type { Project } from '@outcome-atlas/contracts';
import { InlineEdit } from '../../../components/inline-edit';
import { useUpdateProject } from '../api/update-project';

type ProjectDetailsProps = { project: Project; canWrite: boolean };

export function ProjectDetails({ project, canWrite }: ProjectDetailsProps) {
  const updateProject = useUpdateProject(project.id);
  const save = (field: 'name' | 'description' | 'jobStatement') => (value: string) => updateProject.mutateAsync({ [field]: value });

  return (
    <Stack gap="lg">
      <InlineEdit label="Project name" value={project.name} onSave={save('name')} canEdit={canWrite} required maxLength={160}>
        <Title order={1} size="h2" tabIndex={-1}>
          {project.name}
        </Title>
      </InlineEdit>
      <InlineEdit label="Description" value={project.description} onSave={save('description')} canEdit={canWrite} multiline placeholder="No description yet." />
      <Card withBorder padding="lg" bg="var(--mantine-color-teal-light)">
        <Text size="xs" tt="uppercase" fw={600} c="dimmed" mb={6}>
          Core job
        </Text>
        <InlineEdit
          label="Core job statement"
          value={project.jobStatement}
          onSave={save('jobStatement')}
          canEdit={canWrite}
          multiline
          maxLength={500}
          placeholder="Describe the job customers are trying to get done, without naming a solution."
        >
          <Text size="lg" fs={project.jobStatement ? 'italic' : undefined} c={project.jobStatement ? undefined : 'dimmed'}>
            {project.jobStatement || 'Describe the job customers are trying to get done, without naming a solution.'}
          </Text>
        </InlineEdit>
      </Card>
    </Stack>
  );
}
