import { Anchor, Group, Stack } from '@mantine/core';
import type { KpiGlance } from '@outcome-atlas/contracts';
import { IconArrowLeft } from '@tabler/icons-react';
import { useCallback, useMemo } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { paths } from '../../config/paths';
import { useKpi } from '../../features/kpis/api/get-kpi';
import { KpiTrendPanel } from '../../features/kpis/components/kpi-trend-panel';
import { kpiValueFormatter } from '../../components/kpi-value';
import { useProject } from '../../features/projects/api/get-project';
import { useSolution } from '../../features/solutions/api/get-solution';
import { SolutionDetailView } from '../../features/solutions/components/solution-detail-view';
import { SolutionEvaluationPanel } from '../../features/solutions/components/solution-evaluation-panel';
import { usePageTitle } from '../layout/page-title';
import { canWrite, useShell } from '../layout/shell-context';

/** A solution with its evaluation: the solutions feature compares before and after, the KPIs feature formats the values and draws the trend. */
export function SolutionRoute() {
  const { projectId = '', solutionId = '' } = useParams();
  const navigate = useNavigate();
  const { workspace } = useShell();
  const project = useProject(projectId);
  const solution = useSolution(projectId, solutionId);
  const kpiId = solution.data?.expectedKpi?.kpiId ?? null;
  const kpi = useKpi(projectId, kpiId);
  usePageTitle(solution.data?.title ?? 'Solution', project.data?.name);

  // The KPI's own record knows its answer scale (CES "3.4 / 7"); the evaluation's glance is the fallback while it loads.
  const formatFor = useCallback((glance: KpiGlance) => kpiValueFormatter(kpi.data ?? glance), [kpi.data]);
  // This solution's own ship date is drawn even before the KPI's markers are refetched after a status change.
  const data = solution.data;
  const extraMarkers = useMemo(
    () => (data?.shipDate && (data.status === 'shipped' || data.status === 'evaluated') ? [{ solutionId: data.id, title: data.title, shipDate: data.shipDate, status: data.status }] : []),
    [data],
  );

  return (
    <Stack gap="xs">
      <Anchor component={Link} to={paths.solutions(projectId)} size="sm">
        <Group gap={4} component="span">
          <IconArrowLeft size={14} aria-hidden />
          All solutions
        </Group>
      </Anchor>
      <SolutionDetailView
        key={solutionId}
        projectId={projectId}
        solutionId={solutionId}
        canWrite={canWrite(workspace)}
        onDeleted={() => void navigate(paths.solutions(projectId), { replace: true })}
        evaluation={
          <SolutionEvaluationPanel
            projectId={projectId}
            solutionId={solutionId}
            formatFor={formatFor}
            chart={kpiId ? <KpiTrendPanel projectId={projectId} kpiId={kpiId} extraMarkers={extraMarkers} highlightSolutionId={solutionId} /> : null}
          />
        }
      />
    </Stack>
  );
}
