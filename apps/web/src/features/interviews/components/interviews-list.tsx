import { Anchor, Badge, Card, Group, Stack, Text } from '@mantine/core';
import type { InterviewListItem } from '@outcome-atlas/contracts';
import { type ReactNode, useCallback } from 'react';
import { Link } from 'react-router';
import { LoadMoreButton } from '../../../components/load-more-button';
import { type NextPageState, useInfiniteWindowList } from '../../../components/use-infinite-window-list';
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
    <VirtualInterviews
      items={items}
      pages={interviews}
      personaName={(interview) => (interview.participant.personaId ? personaNames[interview.participant.personaId] : undefined)}
    />
  );
}

type VirtualInterviewsProps = {
  items: InterviewListItem[];
  pages: NextPageState & { isPlaceholderData: boolean };
  personaName: (interview: InterviewListItem) => string | undefined;
};

/** Only the rows near the viewport are rendered; scrolling near the end loads the next page. */
function VirtualInterviews({ items, pages, personaName }: VirtualInterviewsProps) {
  // Stable while the rows are, so scrolling does not recompute every row's position.
  const estimateSize = useCallback((index: number) => (items[index]?.snippet ? 140 : 108), [items]);
  const getItemKey = useCallback((index: number) => items[index]?.id ?? String(index), [items]);
  const list = useInfiniteWindowList({ count: items.length, estimateSize, getItemKey, pages });
  const busy = pages.isPlaceholderData;
  // -1: the total is unknown while more pages can be loaded.
  const setSize = pages.hasNextPage ? -1 : items.length;

  return (
    <>
      <ul
        ref={list.listRef}
        role="list"
        aria-label="Interviews"
        aria-busy={busy}
        {...list.focusHandlers}
        style={{ listStyle: 'none', padding: 0, margin: 0, position: 'relative', height: list.totalSize, opacity: busy ? 0.6 : 1 }}
      >
        {list.virtualItems.map((row) => {
          const interview = items[row.index];
          if (!interview) return null;
          return (
            <li
              key={row.key}
              data-index={row.index}
              ref={list.virtualizer.measureElement}
              aria-setsize={setSize}
              aria-posinset={row.index + 1}
              style={{ position: 'absolute', top: 0, left: 0, width: '100%', transform: `translateY(${list.offsetOf(row)}px)`, paddingBottom: 'var(--mantine-spacing-sm)' }}
            >
              <InterviewRow interview={interview} personaName={personaName(interview)} />
            </li>
          );
        })}
      </ul>
      <LoadMoreButton hasNextPage={pages.hasNextPage} isFetchingNextPage={pages.isFetchingNextPage} onLoadMore={() => void pages.fetchNextPage()} />
    </>
  );
}

function InterviewRow({ interview, personaName }: { interview: InterviewListItem; personaName: string | undefined }) {
  return (
    <Card withBorder padding="md">
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
