import { Grid, Group, Stack } from '@mantine/core';
import { useNavigate, useParams } from 'react-router';
import { ErrorState, LoadingState } from '../../components/page-states';
import { paths } from '../../config/paths';
import { ExtractionSettingsForm } from '../../features/extraction/components/extraction-settings-form';
import { useProject } from '../../features/projects/api/get-project';
import { DeleteProjectButton } from '../../features/projects/components/delete-project-button';
import { JobMapEditor } from '../../features/projects/components/job-map-editor';
import { PersonasPanel } from '../../features/projects/components/personas-panel';
import { ProjectDetails } from '../../features/projects/components/project-details';
import { usePageTitle } from '../layout/page-title';
import { canWrite, useShell } from '../layout/shell-context';

export function ProjectOverviewRoute() {
  const { projectId = '' } = useParams();
  const { workspace } = useShell();
  const navigate = useNavigate();
  const project = useProject(projectId);
  usePageTitle('Overview', project.data?.name);

  if (project.isPending) return <LoadingState label="Loading project" />;
  if (project.isError) return <ErrorState error={project.error} onRetry={() => void project.refetch()} title="Could not load this project" />;
  const writable = canWrite(workspace);

  return (
    <Stack gap="xl">
      <ProjectDetails project={project.data} canWrite={writable} />
      <Grid gap="xl">
        <Grid.Col span={{ base: 12, md: 7 }}>
          <JobMapEditor projectId={projectId} canWrite={writable} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Stack gap="xl">
            <PersonasPanel projectId={projectId} canWrite={writable} />
            <ExtractionSettingsForm project={project.data} canWrite={writable} />
          </Stack>
        </Grid.Col>
      </Grid>
      {writable ? (
        <Group justify="flex-end">
          <DeleteProjectButton project={project.data} onDeleted={() => void navigate(paths.workspace(project.data.workspaceId), { replace: true })} />
        </Group>
      ) : null}
    </Stack>
  );
}
