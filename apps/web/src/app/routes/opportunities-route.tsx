import { useMemo } from 'react';
import { useParams, useSearchParams } from 'react-router';
import { PageHeader } from '../../components/page-header';
import { OpportunityViews } from '../../features/opportunities/components/opportunity-views';
import { parseView, VIEW_LABELS } from '../../features/opportunities/utils/opportunity-views';
import { useJobSteps } from '../../features/projects/api/get-job-steps';
import { useProject } from '../../features/projects/api/get-project';
import { usePageTitle } from '../layout/page-title';
import { canWrite, useShell } from '../layout/shell-context';

export function OpportunitiesRoute() {
  const { projectId = '' } = useParams();
  const [searchParams] = useSearchParams();
  const { workspace } = useShell();
  const project = useProject(projectId);
  const jobSteps = useJobSteps(projectId);
  const view = parseView(searchParams.get('view'));
  usePageTitle(view === 'backlog' ? 'Opportunities' : `${VIEW_LABELS[view]} · Opportunities`, project.data?.name);

  const jobStepOptions = useMemo(() => (jobSteps.data ?? []).map((step) => ({ value: step.id, label: step.name })), [jobSteps.data]);

  return (
    <>
      <PageHeader
        title="Opportunities"
        description="Accepted outcomes ranked by opportunity (importance + max(importance − satisfaction, 0)), overall or per segment."
      />
      <OpportunityViews projectId={projectId} jobStepOptions={jobStepOptions} canWrite={canWrite(workspace)} />
    </>
  );
}
