import { Anchor, Badge, Card, Group, Stack, Text } from '@mantine/core';
import type { InterviewListItem } from '@outcome-atlas/contracts';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { LoadMoreButton } from '../../../components/load-more-button';
import { EmptyState, ErrorState, LoadingState } from '../../../components/page-states';
import { paths } from '../../../config/paths';
import { formatDate, pluralize } from '../../../lib/format';
import { type InterviewFilters, useInterviews } from '../api/get-interviews';
import { SearchSnippet } from './search-snippet';

type InterviewsListProps = {
  projectId: string;
  filters: InterviewFilters;
  personaNames: Record<string, string>;
  emptyAction?: ReactNode;
};

export function InterviewsList({ projectId, filters, personaNames, emptyAction }: InterviewsListProps) {
  const interviews = useInterviews(projectId, filters);
  const filtered = Boolean(filters.q.trim() || filters.personaId || filters.tagId);

  if (interviews.isPending) return <LoadingState label="Loading interviews" />;
  if (interviews.isError) return <ErrorState error={interviews.error} onRetry={() => void interviews.refetch()} title="Could not load interviews" />;

  const items = interviews.data.pages.flatMap((page) => page.items);
  if (items.length === 0) {
    return filtered ? (
      <EmptyState title="No interviews match" description="Try other words or clear the filters." />
    ) : (
      <EmptyState title="No interviews yet" description="Upload transcripts (.txt, .md, .vtt, .srt or .docx) to start reading and tagging." action={emptyAction} />
    );
  }

  return (
    <>
      <Stack component="ul" gap="sm" aria-label="Interviews" aria-busy={interviews.isPlaceholderData} style={{ listStyle: 'none', padding: 0, margin: 0, opacity: interviews.isPlaceholderData ? 0.6 : 1 }}>
        {items.map((interview) => (
          <InterviewRow key={interview.id} interview={interview} personaName={interview.participant.personaId ? personaNames[interview.participant.personaId] : undefined} />
        ))}
      </Stack>
      <LoadMoreButton hasNextPage={interviews.hasNextPage} isFetchingNextPage={interviews.isFetchingNextPage} onLoadMore={() => void interviews.fetchNextPage()} />
    </>
  );
}

function InterviewRow({ interview, personaName }: { interview: InterviewListItem; personaName: string | undefined }) {
  return (
    <Card component="li" withBorder padding="md">
      <Stack gap={6}>
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <Anchor component={Link} to={paths.interview(interview.projectId, interview.id)} fw={600}>
            {interview.title}
          </Anchor>
          <Badge variant="light" color="gray" tt="lowercase">
            .{interview.format}
          </Badge>
        </Group>
        <Group gap="xs">
          {interview.participant.pseudonym ? <Text size="sm">{interview.participant.pseudonym}</Text> : null}
          {personaName ? (
            <Badge variant="outline" size="sm">
              {personaName}
            </Badge>
          ) : null}
          <Text size="xs" c="dimmed">
            {pluralize(interview.wordCount, 'word')} · {pluralize(interview.highlightCount, 'highlight')} · {formatDate(interview.interviewDate ?? interview.createdAt)}
          </Text>
        </Group>
        {interview.snippet ? <SearchSnippet snippet={interview.snippet} /> : null}
      </Stack>
    </Card>
  );
}
