import { Table } from '@mantine/core';
import type { OpportunityItem } from '@outcome-atlas/contracts';
import { useCallback } from 'react';
import { LoadMoreButton } from '../../../components/load-more-button';
import { type NextPageState, useInfiniteWindowList } from '../../../components/use-infinite-window-list';
import { OpportunityRow } from './opportunity-row';

const COLUMNS = [
  { label: 'Rank', width: 52 },
  { label: 'Key', width: 68 },
  { label: 'Statement', width: undefined },
  { label: 'Job step', width: 100 },
  { label: 'Importance', width: 88 },
  { label: 'Satisfaction', width: 92 },
  { label: 'Opportunity', width: 132 },
  { label: 'Zone', width: 92 },
  { label: 'n', width: 76, title: 'Answers: importance / satisfaction' },
  { label: 'Evidence', width: 72 },
  { label: 'Chain', width: 120, title: 'Journey places, KPIs and solutions' },
] as const;

const ROW_HEIGHT = 52;

type OpportunitiesTableProps = {
  projectId: string;
  items: OpportunityItem[];
  /** Rows over all pages, for screen readers (only the rows near the viewport are in the DOM). */
  total: number;
  pages: NextPageState & { isPlaceholderData: boolean };
};

function Spacer({ height }: { height: number }) {
  return (
    <tr aria-hidden style={{ height }}>
      <td colSpan={COLUMNS.length} style={{ padding: 0, border: 0 }} />
    </tr>
  );
}

/**
 * The ranked backlog as a table that scrolls with the window: only the rows near the viewport are rendered
 * (spacer rows keep the scroll height), fixed column widths keep them from jumping, and the next page loads as
 * the last rows come into view.
 */
export function OpportunitiesTable({ projectId, items, total, pages }: OpportunitiesTableProps) {
  const estimateSize = useCallback(() => ROW_HEIGHT, []);
  const getItemKey = useCallback((index: number) => items[index]?.outcomeId ?? String(index), [items]);
  const list = useInfiniteWindowList({ count: items.length, estimateSize, getItemKey, pages });
  const first = list.virtualItems[0];
  const last = list.virtualItems.at(-1);
  const before = first ? list.offsetOf(first) : 0;
  const after = last ? Math.max(0, list.totalSize - list.offsetOf(last) - last.size) : 0;
  const busy = pages.isPlaceholderData;

  return (
    <>
      <Table.ScrollContainer minWidth={1100} type="native">
        <Table layout="fixed" verticalSpacing="xs" aria-label="Opportunities" aria-rowcount={total + 1} aria-busy={busy} style={{ opacity: busy ? 0.6 : 1 }}>
          <colgroup>
            {COLUMNS.map((column) => (
              <col key={column.label} style={{ width: column.width }} />
            ))}
          </colgroup>
          <Table.Thead>
            <Table.Tr aria-rowindex={1}>
              {COLUMNS.map((column) => (
                <Table.Th key={column.label} scope="col" title={'title' in column ? column.title : undefined}>
                  {column.label}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody ref={list.listRef} {...list.focusHandlers}>
            {before > 0 ? <Spacer height={before} /> : null}
            {list.virtualItems.map((row) => {
              const item = items[row.index];
              return item ? <OpportunityRow key={row.key} ref={list.virtualizer.measureElement} index={row.index} item={item} projectId={projectId} /> : null;
            })}
            {after > 0 ? <Spacer height={after} /> : null}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <LoadMoreButton hasNextPage={pages.hasNextPage} isFetchingNextPage={pages.isFetchingNextPage} onLoadMore={() => void pages.fetchNextPage()} />
    </>
  );
}
