import { Alert, Stack, Table, Text } from '@mantine/core';
import type { ImportRejectionDetails } from '@outcome-atlas/contracts';
import { useCallback } from 'react';
import { useInfiniteWindowList } from './use-infinite-window-list';

const NO_MORE_PAGES = { hasNextPage: false, isFetchingNextPage: false, isFetchNextPageError: false, fetchNextPage: () => undefined };
const ROW_HEIGHT = 37;

type RejectedLinesProps = {
  rejection: ImportRejectionDetails;
  dryRun: boolean;
  /** The alert's title, e.g. "2 lines rejected: nothing was imported". */
  title: string;
  tableLabel: string;
  /** What the all-or-nothing import did not save: "no value", "no respondent or rating". */
  nothingSaved: string;
};

/** A rejected CSV import: the lines the server refused, by line and column, with reasons. Rows are virtualized (up to 1,000 come back). */
export function RejectedLines({ rejection, dryRun, title, tableLabel, nothingSaved }: RejectedLinesProps) {
  const { rejected, rejectedCount } = rejection;
  const estimateSize = useCallback(() => ROW_HEIGHT, []);
  const getItemKey = useCallback((index: number) => String(index), []);
  const list = useInfiniteWindowList({ count: rejected.length, estimateSize, getItemKey, pages: NO_MORE_PAGES, overscan: 10 });
  const first = list.virtualItems[0];
  const last = list.virtualItems.at(-1);
  const paddingTop = first ? list.offsetOf(first) : 0;
  const paddingBottom = last ? list.totalSize - (list.offsetOf(last) + last.size) : 0;

  return (
    <Stack gap="sm">
      <Alert color="red" title={title} role="alert">
        {dryRun ? 'The check found problems. ' : `The import is all or nothing, so ${nothingSaved} was saved. `}
        Fix these lines in the file and try again.
        {rejectedCount > rejected.length ? ` The first ${rejected.length} are listed.` : ''}
      </Alert>
      <Table ref={list.listRef} aria-label={tableLabel} aria-rowcount={rejected.length + 1} striped withTableBorder layout="fixed">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={80}>Line</Table.Th>
            <Table.Th w={200}>Column</Table.Th>
            <Table.Th>Reason</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {paddingTop > 0 ? <tr aria-hidden style={{ height: paddingTop }} /> : null}
          {list.virtualItems.map((item) => {
            const line = rejected[item.index];
            if (!line) return null;
            return (
              <Table.Tr key={item.key} data-index={item.index} aria-rowindex={item.index + 2} style={{ height: ROW_HEIGHT }}>
                <Table.Td>{line.line}</Table.Td>
                <Table.Td style={{ overflowWrap: 'anywhere' }}>{line.column ?? '—'}</Table.Td>
                <Table.Td style={{ overflowWrap: 'anywhere' }}>
                  <Text size="sm" span>
                    {line.reason}
                  </Text>{' '}
                  <Text size="xs" c="dimmed" span>
                    {line.code}
                  </Text>
                </Table.Td>
              </Table.Tr>
            );
          })}
          {paddingBottom > 0 ? <tr aria-hidden style={{ height: paddingBottom }} /> : null}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}
