import { Badge, Button, Card, Group, Stack, Tabs, Title } from '@mantine/core';
import { KPI_DEFINITIONS } from '@outcome-atlas/domain';
import { IconFileImport, IconPencil, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { PageHeader } from '../../../components/page-header';
import { EmptyState, ErrorState, LoadingState } from '../../../components/page-states';
import { useKpi } from '../api/get-kpi';
import { useKpiMeasurements } from '../api/get-kpi-measurements';
import { LEVEL_LABELS } from '../utils/kpi-labels';
import { AddMeasurementForm } from './add-measurement-form';
import { DeleteKpiButton } from './delete-kpi-button';
import { ImportMeasurementsPanel } from './import-measurements-panel';
import { KpiFacts } from './kpi-facts';
import { KpiFormModal } from './kpi-form-modal';
import { KpiTrendPanel } from './kpi-trend-panel';
import { MeasurementsTable } from './measurements-table';

type KpiDetailViewProps = { projectId: string; kpiId: string; canWrite: boolean; onDeleted: () => void };

/** One KPI: where it stands, its definition and links, the trend with ship dates, and its values (entered, imported, listed). */
export function KpiDetailView({ projectId, kpiId, canWrite, onDeleted }: KpiDetailViewProps) {
  const kpi = useKpi(projectId, kpiId);
  const measurements = useKpiMeasurements(projectId, kpiId);
  const [editing, setEditing] = useState(false);

  if (kpi.isPending) return <LoadingState label="Loading the KPI" rows={6} />;
  if (kpi.isError) return <ErrorState error={kpi.error} onRetry={() => void kpi.refetch()} title="Could not load this KPI" />;
  const data = kpi.data;

  return (
    <Stack gap="lg">
      <PageHeader
        title={data.name}
        description={
          <Group gap="xs" component="span">
            <Badge variant="outline" color="gray" size="sm" tt="none" component="span">
              {KPI_DEFINITIONS[data.type].abbreviation}
            </Badge>
            <span>{LEVEL_LABELS[data.level]} level</span>
          </Group>
        }
        actions={
          canWrite ? (
            <>
              <Button variant="default" leftSection={<IconPencil size={16} aria-hidden />} onClick={() => setEditing(true)}>
                Edit KPI
              </Button>
              <DeleteKpiButton kpi={data} onDeleted={onDeleted} />
            </>
          ) : null
        }
      />
      <KpiFacts kpi={data} />
      <Card withBorder padding="md" component="section" aria-labelledby="kpi-trend">
        <Stack gap="sm">
          <Title order={2} size="h4" id="kpi-trend">
            Trend
          </Title>
          <KpiTrendPanel projectId={projectId} kpiId={kpiId} />
        </Stack>
      </Card>
      {canWrite ? (
        <Card withBorder padding="md" component="section" aria-labelledby="kpi-record">
          <Stack gap="sm">
            <Title order={2} size="h4" id="kpi-record">
              Record values
            </Title>
            <Tabs defaultValue="add" keepMounted={false}>
              <Tabs.List>
                <Tabs.Tab value="add" leftSection={<IconPlus size={14} aria-hidden />}>
                  Add value
                </Tabs.Tab>
                <Tabs.Tab value="import" leftSection={<IconFileImport size={14} aria-hidden />}>
                  Import CSV
                </Tabs.Tab>
              </Tabs.List>
              <Tabs.Panel value="add" pt="md">
                <AddMeasurementForm kpi={data} />
              </Tabs.Panel>
              <Tabs.Panel value="import" pt="md">
                <ImportMeasurementsPanel kpi={data} />
              </Tabs.Panel>
            </Tabs>
          </Stack>
        </Card>
      ) : null}
      <Card withBorder padding="md" component="section" aria-labelledby="kpi-measurements">
        <Stack gap="sm">
          <Title order={2} size="h4" id="kpi-measurements">
            Values{measurements.data ? ` (${measurements.data.length})` : ''}
          </Title>
          {measurements.isPending ? <LoadingState label="Loading the values" rows={3} /> : null}
          {measurements.isError ? <ErrorState error={measurements.error} onRetry={() => void measurements.refetch()} title="Could not load the values" /> : null}
          {measurements.data?.length === 0 ? (
            <EmptyState title="No values recorded" description={canWrite ? 'Add the first value above, or import a CSV of periods or raw answers.' : 'Nobody has recorded a value yet.'} />
          ) : null}
          {measurements.data && measurements.data.length > 0 ? <MeasurementsTable projectId={projectId} measurements={measurements.data} format={data} canWrite={canWrite} /> : null}
        </Stack>
      </Card>
      {canWrite ? <KpiFormModal projectId={projectId} opened={editing} kpi={data} onClose={() => setEditing(false)} onSaved={() => setEditing(false)} /> : null}
    </Stack>
  );
}
