import { Stack } from '@mantine/core';
import { IconChartLine } from '@tabler/icons-react';
import { useMemo } from 'react';
import { EmptyState, ErrorState, LoadingState } from '../../../components/page-states';
import { useKpi } from '../api/get-kpi';
import { useKpiMeasurements } from '../api/get-kpi-measurements';
import { KpiTrendChart, type ShipMarker } from './kpi-trend-chart';
import { ShipMarkerList } from './ship-marker-list';

type KpiTrendPanelProps = {
  projectId: string;
  kpiId: string;
  /** Ship dates to draw besides the KPI's own markers (e.g. the solution being evaluated); deduplicated by solution. */
  extraMarkers?: ShipMarker[];
  highlightSolutionId?: string | undefined;
};

/** The KPI's trend chart with its target and ship dates, and the shipped solutions listed below it. */
export function KpiTrendPanel({ projectId, kpiId, extraMarkers, highlightSolutionId }: KpiTrendPanelProps) {
  const kpi = useKpi(projectId, kpiId);
  const measurements = useKpiMeasurements(projectId, kpiId);
  const markers = useMemo(() => {
    const byId = new Map<string, ShipMarker>();
    for (const marker of [...(kpi.data?.shipMarkers ?? []), ...(extraMarkers ?? [])]) byId.set(marker.solutionId, marker);
    return [...byId.values()];
  }, [kpi.data, extraMarkers]);

  if (kpi.isPending || measurements.isPending) return <LoadingState label="Loading the trend" rows={3} />;
  if (kpi.isError) return <ErrorState error={kpi.error} onRetry={() => void kpi.refetch()} title="Could not load the KPI" />;
  if (measurements.isError) return <ErrorState error={measurements.error} onRetry={() => void measurements.refetch()} title="Could not load the values" />;

  return (
    <Stack gap="md">
      {measurements.data.length === 0 ? (
        <EmptyState
          icon={<IconChartLine size={28} stroke={1.5} aria-hidden />}
          title="No values yet"
          description="Add a value for a period or import a CSV; the trend, the target line and the ship dates of linked solutions appear here."
        />
      ) : (
        <KpiTrendChart name={kpi.data.name} measurements={measurements.data} target={kpi.data.target} markers={markers} format={kpi.data} highlightSolutionId={highlightSolutionId} />
      )}
      <ShipMarkerList projectId={projectId} markers={markers} />
    </Stack>
  );
}
