import { Anchor, Badge, Card, Group, Text, Title } from '@mantine/core';
import type { TagBoardItem } from '@outcome-atlas/contracts';
import type { VirtualItem } from '@tanstack/react-virtual';
import { useCallback, useMemo } from 'react';
import { Link } from 'react-router';
import { LoadMoreButton } from '../../../components/load-more-button';
import { type NextPageState, useInfiniteWindowList } from '../../../components/use-infinite-window-list';
import { EmptyState, ErrorState, LoadingState } from '../../../components/page-states';
import { pluralize } from '../../../lib/format';
import { useTagHighlights } from '../api/get-tag-highlights';

type TagBoardProps = {
  tagId: string;
  /** Link to the reader, scrolled to the highlight. */
  readerPath: (interviewId: string, highlightId: string) => string;
};

export type InterviewGroup = { interviewId: string; title: string; pseudonym: string; items: TagBoardItem[] };

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

  return <VirtualBoard items={items} pages={board} readerPath={readerPath} />;
}

/** One row of the virtual board: an interview's heading, or one of its quotes. */
export type BoardRow = { kind: 'interview'; group: InterviewGroup } | { kind: 'quote'; group: InterviewGroup; item: TagBoardItem; position: number };

export function boardRows(groups: InterviewGroup[]): BoardRow[] {
  return groups.flatMap((group) => [
    { kind: 'interview' as const, group },
    ...group.items.map((item, index) => ({ kind: 'quote' as const, group, item, position: index + 1 })),
  ]);
}

type VirtualBoardProps = { items: TagBoardItem[]; pages: NextPageState; readerPath: TagBoardProps['readerPath'] };

/**
 * The board as one virtual list of rows (interview headings and quotes) scrolling with the window. The rendered
 * rows of each interview are wrapped in their own region and list, so assistive tech still sees one list per
 * interview; each quote says its place in it (aria-posinset / aria-setsize).
 */
function VirtualBoard({ items, pages, readerPath }: VirtualBoardProps) {
  const rows = useMemo(() => boardRows(groupByInterview(items)), [items]);
  const estimateSize = useCallback((index: number) => (rows[index]?.kind === 'interview' ? 44 : 112), [rows]);
  const getItemKey = useCallback(
    (index: number) => {
      const row = rows[index];
      if (!row) return String(index);
      return row.kind === 'interview' ? `interview:${row.group.interviewId}` : row.item.id;
    },
    [rows],
  );
  const list = useInfiniteWindowList({ count: rows.length, estimateSize, getItemKey, pages });

  // Consecutive rendered rows of the same interview share one section.
  // (A focused row kept rendered far from the viewport gets a section of its own.)
  const sections: { key: string; group: InterviewGroup; start: number; rows: { virtual: VirtualItem; row: BoardRow }[] }[] = [];
  for (const virtual of list.virtualItems) {
    const row = rows[virtual.index];
    if (!row) continue;
    const current = sections.at(-1);
    const previousIndex = current?.rows.at(-1)?.virtual.index;
    if (current && current.group === row.group && previousIndex === virtual.index - 1) current.rows.push({ virtual, row });
    else {
      const repeat = sections.filter((section) => section.group === row.group).length;
      sections.push({ key: `${row.group.interviewId}:${repeat}`, group: row.group, start: list.offsetOf(virtual), rows: [{ virtual, row }] });
    }
  }

  return (
    <>
      <div ref={list.listRef} {...list.focusHandlers} style={{ position: 'relative', height: list.totalSize }}>
        {sections.map((section) => {
          const { group } = section;
          const heading = section.rows.find(({ row }) => row.kind === 'interview');
          const quotes = section.rows.filter(({ row }) => row.kind === 'quote');
          return (
            <section
              key={section.key}
              aria-label={group.title}
              style={{ position: 'absolute', top: 0, left: 0, width: '100%', transform: `translateY(${section.start}px)` }}
            >
              {heading ? (
                <Group gap="xs" pb="xs" data-index={heading.virtual.index} ref={list.virtualizer.measureElement}>
                  <Title order={2} size="h4">
                    {group.title}
                  </Title>
                  {group.pseudonym ? <Badge variant="outline">{group.pseudonym}</Badge> : null}
                  <Text size="sm" c="dimmed">
                    {pluralize(group.items.length, 'quote')}
                  </Text>
                </Group>
              ) : null}
              {quotes.length > 0 ? (
                <ul role="list" aria-label={`Quotes from ${group.title}`} style={{ listStyle: 'none', padding: 0, margin: 0 }}>
                  {quotes.map(({ virtual, row }) =>
                    row.kind === 'quote' ? (
                      <li
                        key={virtual.key}
                        data-index={virtual.index}
                        ref={list.virtualizer.measureElement}
                        aria-setsize={group.items.length}
                        aria-posinset={row.position}
                        style={{ paddingBottom: row.position === group.items.length ? 'var(--mantine-spacing-lg)' : 'var(--mantine-spacing-xs)' }}
                      >
                        <QuoteCard item={row.item} readerPath={readerPath} />
                      </li>
                    ) : null,
                  )}
                </ul>
              ) : null}
            </section>
          );
        })}
      </div>
      <LoadMoreButton hasNextPage={pages.hasNextPage} isFetchingNextPage={pages.isFetchingNextPage} onLoadMore={() => void pages.fetchNextPage()} />
    </>
  );
}

function QuoteCard({ item, readerPath }: { item: TagBoardItem; readerPath: TagBoardProps['readerPath'] }) {
  return (
    <Card withBorder padding="sm">
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
  );
}
