import { useParams } from 'react-router';
import { PageHeader } from '../../components/page-header';
import { ControlCentre } from '../../features/control-centre/components/control-centre';
import { useProject } from '../../features/projects/api/get-project';
import { usePageTitle } from '../layout/page-title';

export function ControlCentreRoute() {
  const { projectId = '' } = useParams();
  const project = useProject(projectId);
  usePageTitle('Control centre', project.data?.name);
  return (
    <>
      <PageHeader
        title="Control centre"
        description="Where we stand: what customers told us, what we are trying, whether it works, and where the chain from quote to KPI breaks."
      />
      <ControlCentre projectId={projectId} />
    </>
  );
}
