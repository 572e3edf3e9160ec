import { Anchor, Group, Stack } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { Link, useNavigate, useParams } from 'react-router';
import { paths } from '../../config/paths';
import { useKpi } from '../../features/kpis/api/get-kpi';
import { KpiDetailView } from '../../features/kpis/components/kpi-detail-view';
import { useProject } from '../../features/projects/api/get-project';
import { usePageTitle } from '../layout/page-title';
import { canWrite, useShell } from '../layout/shell-context';

export function KpiRoute() {
  const { projectId = '', kpiId = '' } = useParams();
  const navigate = useNavigate();
  const { workspace } = useShell();
  const project = useProject(projectId);
  const kpi = useKpi(projectId, kpiId);
  usePageTitle(kpi.data?.name ?? 'KPI', project.data?.name);

  return (
    <Stack gap="xs">
      <Anchor component={Link} to={paths.kpis(projectId)} size="sm">
        <Group gap={4} component="span">
          <IconArrowLeft size={14} aria-hidden />
          All KPIs
        </Group>
      </Anchor>
      <KpiDetailView key={kpiId} projectId={projectId} kpiId={kpiId} canWrite={canWrite(workspace)} onDeleted={() => void navigate(paths.kpis(projectId), { replace: true })} />
    </Stack>
  );
}
