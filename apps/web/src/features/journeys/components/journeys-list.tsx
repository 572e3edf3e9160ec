import { ActionIcon, Anchor, Card, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import type { JourneySummary } from '@outcome-atlas/contracts';
import { IconTrash } from '@tabler/icons-react';
import { type ReactNode, useState } from 'react';
import { Link } from 'react-router';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { LoadMoreButton } from '../../../components/load-more-button';
import { EmptyState, ErrorState, LoadingState } from '../../../components/page-states';
import { paths } from '../../../config/paths';
import { formatDate, pluralize } from '../../../lib/format';
import { notifySuccess } from '../../../lib/notify';
import { useDeleteJourney } from '../api/delete-journey';
import { useJourneys } from '../api/get-journeys';

type JourneysListProps = { projectId: string; canWrite: boolean; emptyAction?: ReactNode };

/** The project's journeys by name, a page at a time, each opening its atlas. */
export function JourneysList({ projectId, canWrite, emptyAction }: JourneysListProps) {
  const journeys = useJourneys(projectId);
  const deleteJourney = useDeleteJourney(projectId);
  const [toDelete, setToDelete] = useState<JourneySummary | null>(null);

  if (journeys.isPending) return <LoadingState label="Loading journeys" />;
  if (journeys.isError) return <ErrorState error={journeys.error} onRetry={() => void journeys.refetch()} title="Could not load the journeys" />;

  const items = journeys.data.pages.flatMap((page) => page.items);
  if (items.length === 0) {
    return (
      <EmptyState
        title="No journeys yet"
        description="A journey maps what a persona goes through, stage by stage, and the touchpoints where your outcomes, quotes and KPIs meet."
        action={emptyAction}
      />
    );
  }

  return (
    <>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }} aria-label="Journeys">
        {items.map((journey) => (
          <Card key={journey.id} component="li" withBorder padding="lg">
            <Stack gap={6}>
              <Group justify="space-between" wrap="nowrap" align="flex-start">
                <Anchor component={Link} to={paths.journey(projectId, journey.id)} fw={600} size="lg" style={{ overflowWrap: 'anywhere' }}>
                  {journey.name}
                </Anchor>
                {canWrite ? (
                  <ActionIcon variant="subtle" color="red" aria-label={`Delete ${journey.name}`} onClick={() => setToDelete(journey)}>
                    <IconTrash size={16} aria-hidden />
                  </ActionIcon>
                ) : null}
              </Group>
              <Text size="sm">{journey.persona ? `Persona: ${journey.persona.name}` : 'No persona'}</Text>
              {journey.description ? (
                <Text size="sm" c="dimmed" lineClamp={2}>
                  {journey.description}
                </Text>
              ) : null}
              <Text size="xs" c="dimmed">
                {pluralize(journey.stageCount, 'stage')} · {pluralize(journey.touchpointCount, 'touchpoint')} · updated {formatDate(journey.updatedAt)}
              </Text>
            </Stack>
          </Card>
        ))}
      </SimpleGrid>
      <LoadMoreButton hasNextPage={journeys.hasNextPage} isFetchingNextPage={journeys.isFetchingNextPage} onLoadMore={() => void journeys.fetchNextPage()} />
      <ConfirmDialog
        opened={toDelete !== null}
        title="Delete journey"
        message={toDelete ? `Delete “${toDelete.name}” with its stages, touchpoints and links? The outcomes, quotes and KPIs themselves stay.` : ''}
        confirmLabel="Delete journey"
        loading={deleteJourney.isPending}
        onClose={() => setToDelete(null)}
        onConfirm={() =>
          toDelete &&
          deleteJourney.mutate(toDelete.id, {
            onSuccess: () => {
              notifySuccess(`Journey ${toDelete.name} deleted`);
              setToDelete(null);
            },
          })
        }
      />
    </>
  );
}
