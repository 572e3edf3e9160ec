import { Badge, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { Segmentation } from '@outcome-atlas/contracts';
import { formatDateTime, pluralize } from '../../../lib/format';
import { formatSilhouette, silhouetteVerdict } from '../utils/silhouette';
import { SegmentCard } from './segment-card';
import { SegmentSizesChart } from './segment-sizes-chart';

/** One saved segmentation: how well it separates the respondents, the segment sizes and each segment's top outcomes. */
export function SegmentationResult({ projectId, segmentation }: { projectId: string; segmentation: Segmentation }) {
  const verdict = silhouetteVerdict(segmentation.silhouette);
  const byK = segmentation.silhouetteByK.map((entry) => `k = ${entry.k}: ${formatSilhouette(entry.silhouette)}`).join(', ');
  return (
    <Stack gap="md" component="section" aria-labelledby={`segmentation-${segmentation.id}`}>
      <Stack gap={4}>
        <Title order={3} id={`segmentation-${segmentation.id}`}>
          {segmentation.name}
        </Title>
        <Text size="sm" c="dimmed">
          {pluralize(segmentation.k, 'segment')} ({segmentation.chosenBy === 'silhouette' ? 'chosen by silhouette' : 'as asked'}) of{' '}
          {pluralize(segmentation.respondents, 'respondent')} over {pluralize(segmentation.outcomes, 'outcome')}, seed {segmentation.seed}, saved{' '}
          {formatDateTime(segmentation.createdAt)}
        </Text>
        <Group gap="xs">
          <Text size="sm">Silhouette {formatSilhouette(segmentation.silhouette)}</Text>
          <Badge color={verdict.color} variant="light" tt="none">
            {verdict.label}
          </Badge>
          {segmentation.chosenBy === 'silhouette' && byK ? (
            <Text size="xs" c="dimmed">
              ({byK})
            </Text>
          ) : null}
        </Group>
      </Stack>
      <SegmentSizesChart segments={segmentation.segments} />
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        {segmentation.segments.map((segment) => (
          <SegmentCard key={segment.id} projectId={projectId} segment={segment} />
        ))}
      </SimpleGrid>
    </Stack>
  );
}
