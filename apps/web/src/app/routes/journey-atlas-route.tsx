import { useMemo } from 'react';
import { useParams } from 'react-router';
import { useJourney } from '../../features/journeys/api/get-journey';
import { JourneyAtlas } from '../../features/journeys/components/journey-atlas';
import { usePersonas } from '../../features/projects/api/get-personas';
import { useProject } from '../../features/projects/api/get-project';
import { usePageTitle } from '../layout/page-title';
import { canWrite, useShell } from '../layout/shell-context';

export function JourneyAtlasRoute() {
  const { projectId = '', journeyId = '' } = useParams();
  const { workspace } = useShell();
  const project = useProject(projectId);
  const personas = usePersonas(projectId);
  // The same cached query the atlas reads: no second request.
  const journey = useJourney(projectId, journeyId);
  usePageTitle(journey.data?.name ?? 'Journey', 'Journeys', project.data?.name);

  const personaOptions = useMemo(() => (personas.data ?? []).map((persona) => ({ value: persona.id, label: persona.name })), [personas.data]);

  return <JourneyAtlas key={journeyId} projectId={projectId} journeyId={journeyId} canWrite={canWrite(workspace)} personaOptions={personaOptions} />;
}
