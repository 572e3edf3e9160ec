import { Anchor, Badge, Card, Group, Stack, Text, Title } from '@mantine/core';
import type { TagBoardItem } from '@outcome-atlas/contracts';
import { Link } from 'react-router';
import { LoadMoreButton } from '../../../components/load-more-button';
import { EmptyState, ErrorState, LoadingState } from '../../../components/page-states';
import { pluralize } from '../../../lib/format';
import { useTagHighlights } from '../api/get-tag-highlights';

type TagBoardProps = {
  tagId: string;
  /** Link to the reader, scrolled to the highlight. */
  readerPath: (interviewId: string, highlightId: string) => string;
};

type InterviewGroup = { interviewId: string; title: string; pseudonym: string; items: TagBoardItem[] };

export function groupByInterview(items: TagBoardItem[]): InterviewGroup[] {
  const groups = new Map<string, InterviewGroup>();
  for (const item of items) {
    const group = groups.get(item.interviewId) ?? { interviewId: item.interviewId, title: item.interviewTitle, pseudonym: item.participantPseudonym, items: [] };
    group.items.push(item);
    groups.set(item.interviewId, group);
  }
  return [...groups.values()];
}

export function TagBoard({ tagId, readerPath }: TagBoardProps) {
  const board = useTagHighlights(tagId);

  if (board.isPending) return <LoadingState label="Loading quotes" />;
  if (board.isError) return <ErrorState error={board.error} onRetry={() => void board.refetch()} title="Could not load the tag board" />;

  const items = board.data.pages.flatMap((page) => page.items);
  if (items.length === 0) return <EmptyState title="No quotes with this tag yet" description="Highlight passages in interviews and give them this tag." />;

  return (
    <>
      <Stack gap="lg">
        {groupByInterview(items).map((group) => (
          <section key={group.interviewId} aria-label={group.title}>
            <Group gap="xs" mb="xs">
              <Title order={2} size="h4">
                {group.title}
              </Title>
              {group.pseudonym ? <Badge variant="outline">{group.pseudonym}</Badge> : null}
              <Text size="sm" c="dimmed">
                {pluralize(group.items.length, 'quote')}
              </Text>
            </Group>
            <Stack component="ul" gap="xs" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
              {group.items.map((item) => (
                <Card key={item.id} component="li" withBorder padding="sm">
                  <Text fs="italic" style={{ whiteSpace: 'pre-wrap' }}>
                    “{item.quote}”
                  </Text>
                  {item.note ? (
                    <Text size="sm" c="dimmed" mt={4}>
                      {item.note}
                    </Text>
                  ) : null}
                  <Group justify="space-between" mt={6}>
                    <Group gap={4}>
                      {item.tags.map((tag) => (
                        <Badge key={tag.id} color={tag.color} variant="light" size="sm" tt="none">
                          {tag.name}
                        </Badge>
                      ))}
                    </Group>
                    <Anchor component={Link} to={readerPath(item.interviewId, item.id)} size="sm">
                      Open in reader
                    </Anchor>
                  </Group>
                </Card>
              ))}
            </Stack>
          </section>
        ))}
      </Stack>
      <LoadMoreButton hasNextPage={board.hasNextPage} isFetchingNextPage={board.isFetchingNextPage} onLoadMore={() => void board.fetchNextPage()} />
    </>
  );
}
