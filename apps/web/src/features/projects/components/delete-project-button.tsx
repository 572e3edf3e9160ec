import { Button } from '@mantine/core';
import type { Project } from '@outcome-atlas/contracts';
import { IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { useDeleteProject } from '../api/delete-project';

export function DeleteProjectButton({ project, onDeleted }: { project: Project; onDeleted: () => void }) {
  const [opened, setOpened] = useState(false);
  const deleteProject = useDeleteProject(project.id, project.workspaceId);
  return (
    <>
      <Button variant="subtle" color="red" leftSection={<IconTrash size={16} aria-hidden />} onClick={() => setOpened(true)}>
        Delete project
      </Button>
      <ConfirmDialog
        opened={opened}
        title="Delete project"
        message={`Delete “${project.name}” with all its interviews, highlights and tags? This cannot be undone.`}
        confirmLabel="Delete project"
        loading={deleteProject.isPending}
        onClose={() => setOpened(false)}
        onConfirm={() => deleteProject.mutate(undefined, { onSuccess: onDeleted })}
      />
    </>
  );
}
