import { Badge, Button, Card, Group, Stack, Text } from '@mantine/core';
import type { Segmentation } from '@outcome-atlas/contracts';
import { IconListNumbers } from '@tabler/icons-react';
import { Link } from 'react-router';
import { ZoneBadge } from '../../../components/zone-badge';
import { paths } from '../../../config/paths';
import { formatScore, pluralize } from '../../../lib/format';
import { formatShare } from '../utils/silhouette';
import classes from './opportunities.module.css';

type SegmentCardProps = { projectId: string; segment: Segmentation['segments'][number] };

/** A saved segment: its size, its most under-served outcomes and the way to its own backlog. */
export function SegmentCard({ projectId, segment }: SegmentCardProps) {
  return (
    <Card withBorder padding="md" component="section" aria-label={segment.name}>
      <Stack gap="sm">
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <Stack gap={2}>
            <Text fw={600}>{segment.name}</Text>
            <Text size="sm" c="dimmed">
              {pluralize(segment.size, 'respondent')} · {formatShare(segment.share)}
            </Text>
          </Stack>
          <Badge variant="light" color="gray" tt="none">
            Segment {segment.index + 1}
          </Badge>
        </Group>
        {segment.topOpportunities.length > 0 ? (
          <Stack gap={6} component="ol" m={0} p={0} style={{ listStyle: 'none' }} aria-label={`Top opportunities of ${segment.name}`}>
            {segment.topOpportunities.map((outcome) => (
              <Group component="li" key={outcome.outcomeId} gap={8} wrap="nowrap" align="flex-start">
                <Text size="sm" fw={600} className={classes.numeric} w={36}>
                  {formatScore(outcome.opportunity)}
                </Text>
                <Text size="sm" className={classes.statement} style={{ flex: 1 }}>
                  <Text span size="sm" c="dimmed">
                    {outcome.key}{' '}
                  </Text>
                  {outcome.statement}
                </Text>
                <ZoneBadge zone={outcome.zone} />
              </Group>
            ))}
          </Stack>
        ) : (
          <Text size="sm" c="dimmed">
            No rated outcomes in this segment.
          </Text>
        )}
        <Group>
          <Button component={Link} to={paths.opportunities(projectId, { segment: segment.filter })} variant="light" size="xs" leftSection={<IconListNumbers size={14} aria-hidden />} aria-label={`View backlog for ${segment.name}`}>
            View backlog for this segment
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}
