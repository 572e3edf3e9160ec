import { useParams } from 'react-router';
import { PageHeader } from '../../components/page-header';
import { useProject } from '../../features/projects/api/get-project';
import { SolutionsList } from '../../features/solutions/components/solutions-list';
import { usePageTitle } from '../layout/page-title';
import { canWrite, useShell } from '../layout/shell-context';

export function SolutionsRoute() {
  const { projectId = '' } = useParams();
  const { workspace } = useShell();
  const project = useProject(projectId);
  usePageTitle('Solutions', project.data?.name);

  return (
    <>
      <PageHeader title="Solutions" description="The solution space: ideas and experiments aimed at opportunities, each with the KPI that tells whether it worked." />
      <SolutionsList projectId={projectId} canWrite={canWrite(workspace)} />
    </>
  );
}
