import { ActionIcon, Badge, Table, Text, Tooltip, VisuallyHidden } from '@mantine/core';
import type { KpiMeasurement } from '@outcome-atlas/contracts';
import { IconTrash } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { formatKpiValue, type KpiValueFormat } from '../../../components/kpi-value';
import { formatNumber } from '../../../lib/format';
import { useDeleteMeasurement } from '../api/delete-measurement';
import { describeInputs, formatInputs } from '../utils/measurement-inputs';
import { formatPeriod } from '../utils/period';

const SOURCE_LABELS: Record<KpiMeasurement['source'], { label: string; color: string }> = {
  entered: { label: 'Entered', color: 'gray' },
  imported: { label: 'Imported', color: 'blue' },
  computed: { label: 'Computed', color: 'grape' },
};

type MeasurementsTableProps = { projectId: string; measurements: KpiMeasurement[]; format: KpiValueFormat; canWrite: boolean };

/** Every recorded value, newest period first, with the counts behind computed ones. */
export function MeasurementsTable({ projectId, measurements, format, canWrite }: MeasurementsTableProps) {
  const newestFirst = useMemo(() => [...measurements].reverse(), [measurements]);
  const [deleting, setDeleting] = useState<KpiMeasurement | null>(null);
  const remove = useDeleteMeasurement(projectId);

  return (
    <>
      <Table.ScrollContainer minWidth={640}>
        <Table aria-label="Measurements" striped highlightOnHover withTableBorder>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Period</Table.Th>
              <Table.Th>Value</Table.Th>
              <Table.Th>n</Table.Th>
              <Table.Th>Source</Table.Th>
              <Table.Th>Computed from</Table.Th>
              {canWrite ? (
                <Table.Th w={56}>
                  <VisuallyHidden>Actions</VisuallyHidden>
                </Table.Th>
              ) : null}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {newestFirst.map((measurement) => {
              const period = formatPeriod(measurement.periodStart, measurement.periodEnd);
              const source = SOURCE_LABELS[measurement.source];
              return (
                <Table.Tr key={measurement.id}>
                  <Table.Td>{period}</Table.Td>
                  <Table.Td fw={500}>{formatKpiValue(measurement.value, format)}</Table.Td>
                  <Table.Td>{measurement.sampleSize === null ? '—' : formatNumber(measurement.sampleSize)}</Table.Td>
                  <Table.Td>
                    <Badge variant="light" color={source.color} size="sm" tt="none">
                      {source.label}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" title={describeInputs(measurement.inputs) ?? undefined}>
                      {formatInputs(measurement.inputs) ?? '—'}
                    </Text>
                  </Table.Td>
                  {canWrite ? (
                    <Table.Td>
                      <Tooltip label="Delete this value">
                        <ActionIcon variant="subtle" color="red" aria-label={`Delete the value for ${period}`} onClick={() => setDeleting(measurement)}>
                          <IconTrash size={16} aria-hidden />
                        </ActionIcon>
                      </Tooltip>
                    </Table.Td>
                  ) : null}
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <ConfirmDialog
        opened={deleting !== null}
        title="Delete value"
        message={deleting ? `Delete ${formatKpiValue(deleting.value, format)} for ${formatPeriod(deleting.periodStart, deleting.periodEnd)}? The trend and the KPI's status update at once.` : ''}
        confirmLabel="Delete value"
        loading={remove.isPending}
        onClose={() => setDeleting(null)}
        onConfirm={() => {
          if (deleting) remove.mutate(deleting.id, { onSuccess: () => setDeleting(null) });
        }}
      />
    </>
  );
}
