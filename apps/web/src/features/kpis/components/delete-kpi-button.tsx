import { Button } from '@mantine/core';
import type { KpiDetail } from '@outcome-atlas/contracts';
import { IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { pluralize } from '../../../lib/format';
import { notifySuccess } from '../../../lib/notify';
import { useDeleteKpi } from '../api/delete-kpi';

export function DeleteKpiButton({ kpi, onDeleted }: { kpi: KpiDetail; onDeleted: () => void }) {
  const [opened, setOpened] = useState(false);
  const remove = useDeleteKpi(kpi.projectId);
  return (
    <>
      <Button variant="subtle" color="red" leftSection={<IconTrash size={16} aria-hidden />} onClick={() => setOpened(true)}>
        Delete KPI
      </Button>
      <ConfirmDialog
        opened={opened}
        title="Delete KPI"
        message={`Delete “${kpi.name}” and its ${pluralize(kpi.measurementCount, 'recorded value')}? Solutions that expect to move it lose their KPI. This cannot be undone.`}
        confirmLabel="Delete KPI"
        loading={remove.isPending}
        onClose={() => setOpened(false)}
        onConfirm={() =>
          remove.mutate(kpi.id, {
            onSuccess: () => {
              notifySuccess(`Deleted ${kpi.name}`);
              onDeleted();
            },
          })
        }
      />
    </>
  );
}
