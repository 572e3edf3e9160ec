import { useParams } from 'react-router';
import { PageHeader } from '../../components/page-header';
import { KpiOverview } from '../../features/kpis/components/kpi-overview';
import { useProject } from '../../features/projects/api/get-project';
import { usePageTitle } from '../layout/page-title';
import { canWrite, useShell } from '../layout/shell-context';

export function KpisRoute() {
  const { projectId = '' } = useParams();
  const { workspace } = useShell();
  const project = useProject(projectId);
  usePageTitle('KPIs', project.data?.name);

  return (
    <>
      <PageHeader title="KPIs" description="The evaluation space: each KPI's latest value against its target, the recent trend, and whether solutions moved it." />
      <KpiOverview projectId={projectId} canWrite={canWrite(workspace)} />
    </>
  );
}
