import { Button } from '@mantine/core';
import { useMemo } from 'react';
import { Link, useParams } from 'react-router';
import { PageHeader } from '../../components/page-header';
import { paths } from '../../config/paths';
import { OutcomesBrowser } from '../../features/outcomes/components/outcomes-browser';
import { useJobSteps } from '../../features/projects/api/get-job-steps';
import { usePersonas } from '../../features/projects/api/get-personas';
import { useProject } from '../../features/projects/api/get-project';
import { usePageTitle } from '../layout/page-title';
import { canWrite, useShell } from '../layout/shell-context';

export function OutcomesRoute() {
  const { projectId = '' } = useParams();
  const { workspace } = useShell();
  const project = useProject(projectId);
  const jobSteps = useJobSteps(projectId);
  const personas = usePersonas(projectId);
  usePageTitle('Outcomes', project.data?.name);

  const jobStepOptions = useMemo(() => (jobSteps.data ?? []).map((step) => ({ value: step.id, label: step.name })), [jobSteps.data]);
  const personaOptions = useMemo(() => (personas.data ?? []).map((persona) => ({ value: persona.id, label: persona.name })), [personas.data]);

  return (
    <>
      <PageHeader title="Outcomes" description="Review the desired outcomes of this project: accept, reject, edit and assign them to job steps." />
      <OutcomesBrowser
        projectId={projectId}
        jobStepOptions={jobStepOptions}
        personaOptions={personaOptions}
        canWrite={canWrite(workspace)}
        emptyAction={
          <Button component={Link} to={paths.interviews(projectId)} variant="light">
            Go to the interviews
          </Button>
        }
      />
    </>
  );
}
