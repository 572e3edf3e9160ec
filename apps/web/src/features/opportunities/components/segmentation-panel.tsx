import { Paper, Select, Stack, Text, Title } from '@mantine/core';
import type { Segmentation } from '@outcome-atlas/contracts';
import { type ReactNode, useState } from 'react';
import { EmptyState, ErrorState, LoadingState } from '../../../components/page-states';
import { formatDate } from '../../../lib/format';
import { useSegmentations } from '../api/get-segmentations';
import { SegmentationForm } from './segmentation-form';
import { SegmentationResult } from './segmentation-result';

type SegmentationPanelProps = { projectId: string; canWrite: boolean };

/** Run a new outcome-based segmentation, or look at the latest saved ones. */
export function SegmentationPanel({ projectId, canWrite }: SegmentationPanelProps) {
  const segmentations = useSegmentations(projectId);
  const [created, setCreated] = useState<Segmentation | null>(null);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const saved = segmentations.data ?? [];
  // The one just run shows at once, before the list is read again.
  const listed = created && !saved.some((entry) => entry.id === created.id) ? [created, ...saved] : saved;
  const selected = listed.find((entry) => entry.id === selectedId) ?? listed[0] ?? null;

  let result: ReactNode;
  if (segmentations.isPending) result = <LoadingState label="Loading saved segmentations" />;
  else if (segmentations.isError) result = <ErrorState error={segmentations.error} onRetry={() => void segmentations.refetch()} title="Could not load the segmentations" />;
  else if (!selected)
    result = (
      <EmptyState
        title="No segmentations yet"
        description="A segmentation groups respondents who share the same unmet outcomes, which demographics would not reveal. Each segment becomes a filter for the backlog, the landscape and the comparison."
      />
    );
  else
    result = (
      <Stack gap="md">
        {listed.length > 1 ? (
          <Select
            label="Saved segmentation"
            data={listed.map((entry) => ({ value: entry.id, label: `${entry.name} · ${formatDate(entry.createdAt)}` }))}
            value={selected.id}
            onChange={(value) => setSelectedId(value)}
            allowDeselect={false}
            w={360}
          />
        ) : null}
        <SegmentationResult projectId={projectId} segmentation={selected} />
      </Stack>
    );

  return (
    <Stack gap="xl">
      <Paper withBorder p="md" maw={640}>
        <Stack gap="sm">
          <Title order={2} size="h4">
            New segmentation
          </Title>
          <Text size="sm" c="dimmed">
            Groups the respondents who share the same unmet needs (k-means over their ratings). It runs on the server; large surveys take a few seconds.
          </Text>
          {canWrite ? (
            <SegmentationForm
              projectId={projectId}
              onCreated={(segmentation) => {
                setCreated(segmentation);
                setSelectedId(segmentation.id);
              }}
            />
          ) : (
            <Text size="sm">Viewers can read the saved segmentations; owners and researchers run new ones.</Text>
          )}
        </Stack>
      </Paper>
      {result}
    </Stack>
  );
}
