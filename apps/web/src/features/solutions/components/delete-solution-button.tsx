import { Button } from '@mantine/core';
import type { Solution } from '@outcome-atlas/contracts';
import { IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { notifySuccess } from '../../../lib/notify';
import { useDeleteSolution } from '../api/delete-solution';

export function DeleteSolutionButton({ solution, onDeleted }: { solution: Solution; onDeleted: () => void }) {
  const [opened, setOpened] = useState(false);
  const remove = useDeleteSolution(solution.projectId);
  return (
    <>
      <Button variant="subtle" color="red" leftSection={<IconTrash size={16} aria-hidden />} onClick={() => setOpened(true)}>
        Delete solution
      </Button>
      <ConfirmDialog
        opened={opened}
        title="Delete solution"
        message={`Delete “${solution.title}”? Its links to opportunities and its ship date on the KPI charts go with it. This cannot be undone.`}
        confirmLabel="Delete solution"
        loading={remove.isPending}
        onClose={() => setOpened(false)}
        onConfirm={() =>
          remove.mutate(solution.id, {
            onSuccess: () => {
              notifySuccess(`Deleted ${solution.title}`);
              onDeleted();
            },
          })
        }
      />
    </>
  );
}
