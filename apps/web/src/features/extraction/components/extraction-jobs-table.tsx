import { Anchor, Group, Select, Stack, Table, Text } from '@mantine/core';
import { EXTRACTION_JOB_STATUSES, type ExtractionJob, type ExtractionJobStatus } from '@outcome-atlas/contracts';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { LoadMoreButton } from '../../../components/load-more-button';
import { EmptyState, ErrorState, LoadingState } from '../../../components/page-states';
import { paths } from '../../../config/paths';
import { formatDateTime, formatNumber, pluralize } from '../../../lib/format';
import { useExtractionJobs } from '../api/get-extraction-jobs';
import { useFinishedJobNotices } from '../hooks/use-finished-job-notices';
import { formatUsd, STATUS_LABELS } from '../utils/job-progress';
import { ExtractionJobProgress } from './extraction-job-progress';

type ExtractionJobsTableProps = {
  projectId: string;
  status: ExtractionJobStatus | null;
  onStatusChange: (status: ExtractionJobStatus | null) => void;
  canWrite: boolean;
  /** Shown in the empty state, e.g. an "Extract outcomes" button. */
  emptyAction?: ReactNode;
};

const STATUS_OPTIONS = [{ value: 'all', label: 'All statuses' }, ...EXTRACTION_JOB_STATUSES.map((status) => ({ value: status, label: STATUS_LABELS[status] }))];

/** The project's extraction jobs, newest first; polled while any of them is queued or running. */
export function ExtractionJobsTable({ projectId, status, onStatusChange, canWrite, emptyAction }: ExtractionJobsTableProps) {
  return (
    <Stack gap="md">
      <Group>
        <Select
          label="Status"
          data={STATUS_OPTIONS}
          value={status ?? 'all'}
          onChange={(value) => onStatusChange(value && value !== 'all' ? (value as ExtractionJobStatus) : null)}
          allowDeselect={false}
          w={200}
        />
      </Group>
      <JobsList projectId={projectId} status={status} canWrite={canWrite} emptyAction={emptyAction} />
    </Stack>
  );
}

function JobsList({ projectId, status, canWrite, emptyAction }: Omit<ExtractionJobsTableProps, 'onStatusChange'>) {
  const jobs = useExtractionJobs(projectId, { status, interviewId: null });
  const items = jobs.data?.pages.flatMap((page) => page.items) ?? [];
  useFinishedJobNotices(items);

  if (jobs.isPending) return <LoadingState label="Loading extraction jobs" />;
  if (jobs.isError) return <ErrorState error={jobs.error} onRetry={() => void jobs.refetch()} title="Could not load extraction jobs" />;
  if (items.length === 0) {
    return status ? (
      <EmptyState title={`No ${STATUS_LABELS[status].toLowerCase()} jobs`} description="Choose another status to see other jobs." />
    ) : (
      <EmptyState
        title="No extractions yet"
        description="Extract outcomes from the project's interviews: each interview becomes a job here, with its progress, results and cost."
        action={emptyAction}
      />
    );
  }

  return (
    <>
      <Table.ScrollContainer minWidth={860}>
        <Table verticalSpacing="sm" aria-label="Extraction jobs" aria-busy={jobs.isPlaceholderData} style={{ opacity: jobs.isPlaceholderData ? 0.6 : 1 }}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Interview</Table.Th>
              <Table.Th w="38%">Status and progress</Table.Th>
              <Table.Th>Results</Table.Th>
              <Table.Th>Tokens and cost</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((job) => (
              <JobRow key={job.id} job={job} canWrite={canWrite} />
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <LoadMoreButton hasNextPage={jobs.hasNextPage} isFetchingNextPage={jobs.isFetchingNextPage} onLoadMore={() => void jobs.fetchNextPage()} />
    </>
  );
}

function JobRow({ job, canWrite }: { job: ExtractionJob; canWrite: boolean }) {
  const offline = job.provider === 'offline';
  return (
    <Table.Tr data-job-id={job.id}>
      <Table.Td style={{ verticalAlign: 'top' }}>
        <Stack gap={2}>
          <Anchor component={Link} to={paths.interview(job.projectId, job.interviewId)} fw={500} size="sm">
            {job.interviewTitle}
          </Anchor>
          <Text size="xs" c="dimmed">
            Created {formatDateTime(job.createdAt)}
          </Text>
          {job.attempts > 1 ? (
            <Text size="xs" c="dimmed">
              {pluralize(job.attempts, 'attempt')}
            </Text>
          ) : null}
        </Stack>
      </Table.Td>
      <Table.Td style={{ verticalAlign: 'top' }}>
        <ExtractionJobProgress job={job} canWrite={canWrite} />
      </Table.Td>
      <Table.Td style={{ verticalAlign: 'top' }}>
        <Stack gap={2}>
          <Text size="sm">{pluralize(job.outcomesCreated, 'outcome')}</Text>
          <Text size="xs" c="dimmed">
            {pluralize(job.duplicatesFound, 'possible duplicate')}
          </Text>
          <Text size="xs" c="dimmed">
            {job.ungroundedDropped} dropped without evidence
          </Text>
        </Stack>
      </Table.Td>
      <Table.Td style={{ verticalAlign: 'top' }}>
        {offline ? (
          <Text size="sm">Free, ran offline</Text>
        ) : (
          <Stack gap={2}>
            <Text size="sm">{job.costEstimateUsd === null ? '—' : formatUsd(job.costEstimateUsd)}</Text>
            <Text size="xs" c="dimmed">
              {formatNumber(job.usage.promptTokens)} prompt · {formatNumber(job.usage.completionTokens)} completion tokens
            </Text>
          </Stack>
        )}
      </Table.Td>
    </Table.Tr>
  );
}
