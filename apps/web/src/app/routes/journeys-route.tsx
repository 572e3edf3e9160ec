import { useMemo } from 'react';
import { useParams } from 'react-router';
import { JourneysPage } from '../../features/journeys/components/journeys-page';
import { usePersonas } from '../../features/projects/api/get-personas';
import { useProject } from '../../features/projects/api/get-project';
import { usePageTitle } from '../layout/page-title';
import { canWrite, useShell } from '../layout/shell-context';

export function JourneysRoute() {
  const { projectId = '' } = useParams();
  const { workspace } = useShell();
  const project = useProject(projectId);
  const personas = usePersonas(projectId);
  usePageTitle('Journeys', project.data?.name);

  const personaOptions = useMemo(() => (personas.data ?? []).map((persona) => ({ value: persona.id, label: persona.name })), [personas.data]);

  return <JourneysPage projectId={projectId} canWrite={canWrite(workspace)} personaOptions={personaOptions} />;
}
