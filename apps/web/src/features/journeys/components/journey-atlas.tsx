import { Anchor, Button, Group, Stack, Text, VisuallyHidden } from '@mantine/core';
import type { JourneyAtlas as JourneyAtlasData } from '@outcome-atlas/contracts';
import { IconArrowLeft, IconPencil, IconPlus } from '@tabler/icons-react';
import { useCallback, useMemo, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { PageHeader } from '../../../components/page-header';
import { EmptyState, ErrorState, LoadingState } from '../../../components/page-states';
import { paths } from '../../../config/paths';
import { isApiError } from '../../../lib/api-error';
import { pluralize } from '../../../lib/format';
import { useJourney } from '../api/get-journey';
import type { AtlasActions, AtlasDialog } from '../hooks/atlas-actions';
import { useAtlasMoves } from '../hooks/use-atlas-moves';
import { findTouchpoint } from '../utils/atlas-order';
import { AtlasBoard } from './atlas-board';
import { AtlasDialogs } from './atlas-dialogs';
import { EditJourneyModal, type PersonaOption } from './journey-form-modals';
import { ExportMenu } from './export-menu';
import { JourneyKpiStrip } from './journey-kpi-strip';
import { TouchpointDrawer } from './touchpoint-drawer';

type JourneyAtlasProps = { projectId: string; journeyId: string; canWrite: boolean; personaOptions: PersonaOption[] };

/** The journey atlas page: header with export, the journey's KPIs, the board, its dialogs and the details drawer. */
export function JourneyAtlas({ projectId, journeyId, canWrite, personaOptions }: JourneyAtlasProps) {
  const journey = useJourney(projectId, journeyId);

  if (journey.isPending) return <LoadingState label="Loading the journey" rows={6} />;
  if (journey.isError) {
    const missing = isApiError(journey.error) && journey.error.status === 404;
    return (
      <Stack>
        <BackLink projectId={projectId} />
        {missing ? (
          <EmptyState title="Journey not found" description="It may have been deleted, or it belongs to a project you cannot see." headingOrder={1} />
        ) : (
          <ErrorState error={journey.error} onRetry={() => void journey.refetch()} title="Could not load the journey" />
        )}
      </Stack>
    );
  }
  return <LoadedAtlas atlas={journey.data} projectId={projectId} canWrite={canWrite} personaOptions={personaOptions} />;
}

function BackLink({ projectId }: { projectId: string }) {
  return (
    <Anchor component={Link} to={paths.journeys(projectId)} size="sm">
      <Group gap={4}>
        <IconArrowLeft size={14} aria-hidden />
        All journeys
      </Group>
    </Anchor>
  );
}

function LoadedAtlas({ atlas, projectId, canWrite, personaOptions }: { atlas: JourneyAtlasData; projectId: string; canWrite: boolean; personaOptions: PersonaOption[] }) {
  const [searchParams, setSearchParams] = useSearchParams();
  const touchpointId = searchParams.get('touchpoint');
  const { moves, announcement } = useAtlasMoves(projectId, atlas.id);
  const [dialog, setDialog] = useState<AtlasDialog | null>(null);
  const [editingJourney, setEditingJourney] = useState(false);
  const actions = useMemo<AtlasActions>(() => ({ ...moves, open: setDialog }), [moves]);
  const closeDialog = useCallback(() => setDialog(null), []);

  const closeDrawer = useCallback(
    () =>
      setSearchParams(
        (previous) => {
          const next = new URLSearchParams(previous);
          next.delete('touchpoint');
          return next;
        },
        { replace: true, preventScrollReset: true },
      ),
    [setSearchParams],
  );
  const editFromDrawer = (id: string) => {
    const place = findTouchpoint(atlas, id);
    if (place) setDialog({ kind: 'edit-touchpoint', touchpoint: place.touchpoint });
  };

  const description = [atlas.persona ? `Persona: ${atlas.persona.name}` : 'No persona', pluralize(atlas.stageCount, 'stage'), pluralize(atlas.touchpointCount, 'touchpoint')].join(' · ');

  return (
    <>
      <Stack gap="xs" mb="xs">
        <BackLink projectId={projectId} />
      </Stack>
      <PageHeader
        title={atlas.name}
        description={description}
        actions={
          <>
            {canWrite ? (
              <>
                <Button variant="default" leftSection={<IconPencil size={16} aria-hidden />} onClick={() => setEditingJourney(true)}>
                  Edit journey
                </Button>
                <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setDialog({ kind: 'add-stage' })}>
                  Add stage
                </Button>
              </>
            ) : null}
            <ExportMenu atlas={atlas} />
          </>
        }
      />
      <Stack gap="md">
        {atlas.description ? (
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {atlas.description}
          </Text>
        ) : null}
        <JourneyKpiStrip kpis={atlas.kpis} projectId={projectId} />
        {atlas.stages.length === 0 ? (
          <EmptyState
            title="No stages yet"
            description="A journey runs through stages such as Discover, Buy, Onboard, Use and Renew or leave; touchpoints sit within them."
            action={
              canWrite ? (
                <Button variant="light" onClick={() => setDialog({ kind: 'add-stage' })}>
                  Add the first stage
                </Button>
              ) : undefined
            }
          />
        ) : (
          <AtlasBoard atlas={atlas} projectId={projectId} canWrite={canWrite} actions={actions} />
        )}
      </Stack>
      <VisuallyHidden role="status" aria-live="polite" data-testid="atlas-announcement">
        {announcement}
      </VisuallyHidden>
      <AtlasDialogs
        atlas={atlas}
        projectId={projectId}
        dialog={dialog}
        moves={moves}
        onClose={closeDialog}
        onTouchpointDeleted={(id) => {
          if (id === touchpointId) closeDrawer();
        }}
      />
      <EditJourneyModal projectId={projectId} journey={editingJourney ? atlas : null} personaOptions={personaOptions} onClose={() => setEditingJourney(false)} />
      <TouchpointDrawer projectId={projectId} touchpointId={touchpointId} canWrite={canWrite} onEdit={editFromDrawer} onClose={closeDrawer} />
    </>
  );
}
