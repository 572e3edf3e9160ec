import { Button, Group, Stack, Table, Text } from '@mantine/core';
import type { SolutionStatus } from '@outcome-atlas/contracts';
import { IconBulb, IconPlus } from '@tabler/icons-react';
import { type ReactNode, useMemo, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { LoadMoreButton } from '../../../components/load-more-button';
import { EmptyState, ErrorState, LoadingState } from '../../../components/page-states';
import { SOLUTION_STATUS_STYLES } from '../../../components/solution-status-badge';
import { paths } from '../../../config/paths';
import { pluralize } from '../../../lib/format';
import { useSolutions } from '../api/get-solutions';
import { parseStatusFilter, writeStatusFilter } from '../utils/solution-filters';
import { SolutionFormModal } from './solution-form-modal';
import { SolutionRow } from './solution-row';
import { SolutionStatusFilter } from './solution-status-filter';

type SolutionsListProps = { projectId: string; canWrite: boolean };

/** The solutions page: a status filter (in the URL), the list with load more, and the "New solution" modal. */
export function SolutionsList({ projectId, canWrite }: SolutionsListProps) {
  const [searchParams, setSearchParams] = useSearchParams();
  const navigate = useNavigate();
  const status = parseStatusFilter(searchParams);
  const solutions = useSolutions(projectId, status);
  const items = useMemo(() => solutions.data?.pages.flatMap((page) => page.items) ?? [], [solutions.data]);
  const [creating, setCreating] = useState(false);

  const changeStatus = (next: SolutionStatus | null) => setSearchParams((previous) => writeStatusFilter(previous, next), { replace: true });
  const newButton = canWrite ? (
    <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setCreating(true)}>
      New solution
    </Button>
  ) : null;

  let content: ReactNode;
  if (solutions.isPending) content = <LoadingState label="Loading solutions" />;
  else if (solutions.isError) content = <ErrorState error={solutions.error} onRetry={() => void solutions.refetch()} title="Could not load the solutions" />;
  else if (items.length === 0)
    content = status ? (
      <EmptyState
        title={`No ${SOLUTION_STATUS_STYLES[status].label.toLowerCase()} solutions`}
        action={
          <Button variant="light" onClick={() => changeStatus(null)}>
            Show all solutions
          </Button>
        }
      />
    ) : (
      <EmptyState
        icon={<IconBulb size={28} stroke={1.5} aria-hidden />}
        title="No solutions yet"
        description="Record the ideas and experiments aimed at your top opportunities, with a hypothesis (“If we …, then <KPI> moves by …”) and the KPI that will tell whether it worked."
        action={newButton}
      />
    );
  else
    content = (
      <>
        <Table.ScrollContainer minWidth={860}>
          <Table aria-label="Solutions" highlightOnHover verticalSpacing="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Solution</Table.Th>
                <Table.Th w={110}>Status</Table.Th>
                <Table.Th w={130}>Ship date</Table.Th>
                <Table.Th>Targets</Table.Th>
                <Table.Th w={220}>Expected KPI</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((solution) => (
                <SolutionRow key={solution.id} solution={solution} />
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        <LoadMoreButton hasNextPage={solutions.hasNextPage} isFetchingNextPage={solutions.isFetchingNextPage} onLoadMore={() => void solutions.fetchNextPage({ cancelRefetch: false })} />
      </>
    );

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end" gap="sm">
        <SolutionStatusFilter value={status} onChange={changeStatus} />
        {items.length > 0 || status ? newButton : null}
      </Group>
      {items.length > 0 ? (
        <Text size="sm" c="dimmed" role="status">
          {solutions.hasNextPage ? `The newest ${pluralize(items.length, 'solution')}` : pluralize(items.length, 'solution')}
        </Text>
      ) : null}
      {content}
      {canWrite ? (
        <SolutionFormModal
          projectId={projectId}
          opened={creating}
          onClose={() => setCreating(false)}
          onSaved={(solution) => {
            setCreating(false);
            void navigate(paths.solution(projectId, solution.id));
          }}
        />
      ) : null}
    </Stack>
  );
}
