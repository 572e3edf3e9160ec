import { Button } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { useDeleteInterview } from '../api/delete-interview';

type DeleteInterviewButtonProps = { interviewId: string; projectId: string; title: string; onDeleted: () => void };

export function DeleteInterviewButton({ interviewId, projectId, title, onDeleted }: DeleteInterviewButtonProps) {
  const [opened, setOpened] = useState(false);
  const deleteInterview = useDeleteInterview(projectId);
  return (
    <>
      <Button variant="subtle" color="red" size="sm" leftSection={<IconTrash size={16} aria-hidden />} onClick={() => setOpened(true)}>
        Delete interview
      </Button>
      <ConfirmDialog
        opened={opened}
        title="Delete interview"
        message={`Delete “${title}” and all its highlights? This cannot be undone.`}
        confirmLabel="Delete interview"
        loading={deleteInterview.isPending}
        onClose={() => setOpened(false)}
        onConfirm={() => deleteInterview.mutate(interviewId, { onSuccess: onDeleted })}
      />
    </>
  );
}
