import { Button } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { PageHeader } from '../../../components/page-header';
import { paths } from '../../../config/paths';
import { CreateJourneyModal, type PersonaOption } from './journey-form-modals';
import { JourneysList } from './journeys-list';

type JourneysPageProps = { projectId: string; canWrite: boolean; personaOptions: PersonaOption[] };

/** The journeys of a project and the form to start one; a new journey opens in its atlas. */
export function JourneysPage({ projectId, canWrite, personaOptions }: JourneysPageProps) {
  const [creating, setCreating] = useState(false);
  const navigate = useNavigate();
  const newJourney = canWrite ? (
    <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setCreating(true)}>
      New journey
    </Button>
  ) : undefined;

  return (
    <>
      <PageHeader title="Journeys" description="What each persona goes through, stage by stage, and where outcomes, quotes and KPIs meet." actions={newJourney} />
      <JourneysList projectId={projectId} canWrite={canWrite} emptyAction={newJourney} />
      <CreateJourneyModal
        projectId={projectId}
        opened={creating}
        personaOptions={personaOptions}
        onClose={() => setCreating(false)}
        onCreated={(journey) => {
          setCreating(false);
          void navigate(paths.journey(projectId, journey.id));
        }}
      />
    </>
  );
}
